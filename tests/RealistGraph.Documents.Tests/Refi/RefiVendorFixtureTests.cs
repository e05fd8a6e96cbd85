using RealistGraph.Documents.Refi;
using RealistGraph.Documents.Tests.Refi.Fixtures;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi;

public class RefiVendorFixtureTests
{
    [Fact]
    public async Task Nvivo_export_imports_with_crlf_text_capital_sources_folder_and_prefixed_variables()
    {
        var mapping = RefiMapping.Parse("polarity: { Imposter feelings: threat, Self-doubt: threat, Peer support: support }");

        var result = await Import.QdpxAsync(NvivoFixture.Archive(), mapping);
        var doc = result.Document;

        Assert.Equal("NVivo Mentoring", doc.Title);
        Assert.Equal(["personal", "social"], doc.Domains.Select(d => d.Id));
        Assert.Equal(["Self-doubt|personal|", "Imposter feelings|personal|self-doubt", "Peer support|social|"], doc.Themes.Select(t => $"{t.Name}|{t.Domain}|{t.Parent}"));
        Assert.Equal(["96-F", "51-C"], doc.Participants.Select(p => p.Label));
        Assert.Equal("F", doc.Participants[0].Site);
        Assert.Equal("Female", doc.Participants[0].Attributes["Gender"]);
        Assert.Equal(
            ["96-F|Honestly I felt like an imposter.|imposter-feelings", "96-F|The mentoring group changed that.|peer-support"],
            doc.Quotes.Select(q => $"{q.Participant}|{q.Text}|{string.Join(",", q.Themes)}"));

        var report = result.Report;
        Assert.True(report.HasSkip("TextSource", "rich-text source"));
        Assert.Contains(report.Skipped, i => i.Element == "PlainTextSelection" && i.Reference == "5A000000-0000-0000-0000-000000000003");
        Assert.True(report.HasSkip("Note", "memos"));
        Assert.Equal(["0a0a0a0a-0000-0000-0000-000000000001|Researcher"], doc.Qda!.Users.Select(u => $"{u.Guid}|{u.Id}"));
        Assert.Equal(2, report.Skipped.Count(i => i.Element == "Archive entry" && i.Reference!.EndsWith(".docx", StringComparison.Ordinal)));
        Assert.Equal(2, report.Warnings.Count(w => w.Element == "Variable"));
        Assert.DoesNotContain(report.Warnings, w => w.Reason.Contains("polarity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Atlas_ti_export_imports_with_braced_guids_inline_text_and_a_pdf_representation()
    {
        var result = await Import.QdpxAsync(AtlasTiFixture.Archive(), AtlasTiFixture.ParsedMapping());
        var doc = result.Document;

        Assert.Equal("atlas-study", doc.Id);
        Assert.Equal(["organisational"], doc.Domains.Select(d => d.Id));
        Assert.Equal(["Mentor availability|support", "Rota pressure|threat"], doc.Themes.Select(t => $"{t.Name}|{t.Polarity}"));
        Assert.Equal("Confidence", Assert.Single(doc.Outcomes).Description);
        Assert.Equal(
            ["R07|My mentor was always there.|mentor-availability", "|The rota made it impossible.|rota-pressure", "R08|Weekly mentor meetings|mentor-availability"],
            doc.Quotes.Select(q => $"{q.Participant}|{q.Text}|{string.Join(",", q.Themes)}"));

        var report = result.Report;
        Assert.True(report.HasSkip("PDFSelection", "area of a page"));
        Assert.True(report.HasSkip("Coding", "is an outcome"));
        Assert.True(report.HasSkip("Link", "links"));
        Assert.True(report.HasSkip("Set", "not a RealistGraph set"));
        Assert.Contains(report.Skipped, i => i.Element == "Archive entry" && i.Reference == "sources/essay.pdf");
        Assert.True(report.HasWarning("TextSource", "no case refers"));
    }

    [Fact]
    public async Task Maxqda_export_imports_with_bom_non_bmp_offsets_and_guids_reused_across_kinds()
    {
        var result = await Import.QdpxAsync(MaxqdaFixture.Archive());
        var doc = result.Document;

        Assert.Equal(["social", "structural"], doc.Domains.Select(d => d.Id));
        Assert.Equal(["Peer support", "Lack of time"], doc.Themes.Select(t => t.Name));
        var participant = Assert.Single(doc.Participants);
        Assert.Equal("P03", participant.Label);
        Assert.Equal(
            ["P03|😀 My peers carried me 💪 through.|peer-support", "P03|Never any.|lack-of-time"],
            doc.Quotes.Select(q => $"{q.Participant}|{q.Text}|{string.Join(",", q.Themes)}"));

        var report = result.Report;
        Assert.True(report.HasSkip("TextSource", "outside the archive"));
        Assert.True(report.HasSkip("PlainTextSelection", "no coding maps"));
        Assert.True(report.HasSkip("PlainTextSelection", "do not fit the text (70 characters)"));
        Assert.True(report.HasSkip("VariableValue", "attributes of a source"));
        Assert.True(report.HasSkip("Graph", "graphs"));
        Assert.Equal(2, report.Warnings.Count(w => w.Reason.Contains("no polarity", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task QualCoder_export_imports_with_typed_variables_realist_categories_and_a_json_mapping()
    {
        var result = await Import.QdpxAsync(QualCoderFixture.Archive(), QualCoderFixture.ParsedMapping());
        var doc = result.Document;

        Assert.Equal(("QualCoder realist study", "qualcoder-realist-study"), (doc.Title, doc.Id));
        var domain = Assert.Single(doc.Domains);
        Assert.Equal(("interpersonal", "social"), (domain.Id, domain.Canonical));
        Assert.Equal(["Supervision|support", "Isolation|threat"], doc.Themes.Select(t => $"{t.Name}|{t.Polarity}"));
        Assert.Equal("Night shifts", Assert.Single(doc.Contexts).Description);
        Assert.Equal("Confidence", Assert.Single(doc.Outcomes).Description);
        Assert.Equal("Feeling trusted", Assert.Single(doc.Mechanisms).Name);
        var nurse = Assert.Single(doc.Participants);
        Assert.Equal(("Nurse-2", "Nurse 2"), (nurse.Id, nurse.Label));
        Assert.Equal(new Dictionary<string, string> { ["Age"] = "29", ["International"] = "true" }, nurse.Attributes);
        Assert.Equal(
            ["Nurse-2|I was on nights alone.|isolation|", "Nurse-2|My supervisor trusted me with decisions, which felt good.|supervision|feeling-trusted"],
            doc.Quotes.Select(q => $"{q.Participant}|{q.Text}|{string.Join(",", q.Themes)}|{string.Join(",", q.Mechanisms)}"));

        var report = result.Report;
        Assert.True(report.HasSkip("Coding", "is a context"));
        Assert.True(report.HasSkip("Coding", "not in the codebook"));
        Assert.True(report.HasSkip("TextSource", "absolute:///home/me/nurse3.txt"));
        Assert.True(report.HasSkip("AudioSource", "not a text source; 1 selection"));
        Assert.True(report.HasSkip("Code", "groups contexts"));
        Assert.True(report.HasSkip("Code", "groups outcomes"));
        Assert.Contains(report.Skipped, i => i.Element == "Archive entry" && i.Reference == "sources/nurse4.mp3");
    }

    [Fact]
    public async Task Every_fixture_export_of_its_import_validates_against_the_project_xsd()
    {
        foreach (var archive in new[] { NvivoFixture.Archive(), AtlasTiFixture.Archive(), MaxqdaFixture.Archive(), QualCoderFixture.Archive() })
        {
            var imported = (await Import.QdpxAsync(archive)).Document;
            using var output = new MemoryStream();
            await RefiProjectExporter.ExportAsync(imported, output);

            Assert.Empty(Schemas.Validate(Zip.Read(output.ToArray())["project.qde"], "Project.xsd"));
        }
    }
}

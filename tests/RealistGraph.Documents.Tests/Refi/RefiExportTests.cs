using System.Text;
using System.Xml;
using System.Xml.Linq;
using RealistGraph.Documents.Refi;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi;

public class RefiExportTests
{
    private static readonly XNamespace _ns = "urn:QDA-XML:project:1.0";

    private static async Task<byte[]> ExportAsync(StudyDocument document)
    {
        using var output = new MemoryStream();
        var problems = await RefiProjectExporter.ExportAsync(document, output);
        Assert.Empty(problems);
        return output.ToArray();
    }

    [Fact]
    public async Task Exported_project_validates_against_the_published_refi_project_xsd()
    {
        var entries = Zip.Read(await ExportAsync(SampleStudy.Build()));

        Assert.Empty(Schemas.Validate(entries["project.qde"], "Project.xsd"));
    }

    [Fact]
    public async Task Exported_codebook_validates_against_the_repaired_refi_codebook_xsd()
    {
        using var output = new MemoryStream();
        await RefiCodebookExporter.ExportAsync(SampleStudy.Build(), output);

        Assert.Empty(Schemas.Validate(output.ToArray(), "Codebook.xsd"));
    }

    [Fact]
    public void Published_codebook_xsd_is_not_well_formed_which_is_why_a_repaired_copy_is_used()
    {
        Assert.ThrowsAny<XmlException>(() => Schemas.Load("Codebook.published.xsd"));
    }

    [Fact]
    public void Schema_validation_catches_an_invalid_project()
    {
        var invalid = Encoding.UTF8.GetBytes("""<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="not-a-guid"/></Sources></Project>""");

        Assert.NotEmpty(Schemas.Validate(invalid, "Project.xsd"));
    }

    [Fact]
    public async Task Export_is_deterministic()
    {
        var first = await ExportAsync(SampleStudy.Build());
        var second = await ExportAsync(SampleStudy.Build());

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Guids_are_name_based_on_the_study_and_local_id()
    {
        var other = SampleStudy.Build();
        other.Id = "another-study";

        var first = XDocument.Load(new MemoryStream(Zip.Read(await ExportAsync(SampleStudy.Build()))["project.qde"]));
        var second = XDocument.Load(new MemoryStream(Zip.Read(await ExportAsync(other))["project.qde"]));

        var guid = first.Descendants(_ns + "Code").Single(c => (string?)c.Attribute("name") == "Workload").Attribute("guid")!.Value;
        Assert.Equal(RefiGuid.For("mentoring-2024", "theme", "workload"), guid);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", guid);
        Assert.NotEqual(guid, second.Descendants(_ns + "Code").Single(c => (string?)c.Attribute("name") == "Workload").Attribute("guid")!.Value);
    }

    [Fact]
    public async Task Each_participant_gets_a_source_of_their_quotes_with_selections_at_code_point_offsets()
    {
        var document = SampleStudy.Build();
        var entries = Zip.Read(await ExportAsync(document));
        var project = XDocument.Load(new MemoryStream(entries["project.qde"]));

        var source = project.Descendants(_ns + "TextSource").Single(s => (string?)s.Attribute("name") == "96-F");
        var path = source.Attribute("plainTextPath")!.Value;
        Assert.StartsWith("internal://", path, StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(entries["sources/" + path["internal://".Length..]]);
        var offsets = PlainText.CodePointOffsets(text);
        foreach (var selection in source.Elements(_ns + "PlainTextSelection"))
        {
            var quote = document.Quotes.Single(q => q.Id == (string?)selection.Attribute("name"));
            Assert.True(PlainText.TryCut(text, offsets, (long)selection.Attribute("startPosition")!, (long)selection.Attribute("endPosition")!, out var cut));
            Assert.Equal(quote.Text, cut);
            Assert.Equal(quote.Themes.Count + quote.Mechanisms.Count, selection.Elements(_ns + "Coding").Count());
        }

        // q2 contains an emoji (two UTF-16 chars, one code point) and follows q1 plus a blank line.
        var q2 = source.Elements(_ns + "PlainTextSelection").Single(s => (string?)s.Attribute("name") == "q2");
        Assert.Equal(PlainText.CodePointLength(document.Quotes[0].Text) + 2, (int)q2.Attribute("startPosition")!);
        Assert.Equal(PlainText.CodePointLength(document.Quotes[0].Text) + 2 + PlainText.CodePointLength(document.Quotes[1].Text), (int)q2.Attribute("endPosition")!);
    }

    [Fact]
    public async Task Codebook_has_domains_as_non_codable_parents_and_themes_as_codable_children_with_polarity_sets()
    {
        var project = XDocument.Load(new MemoryStream(Zip.Read(await ExportAsync(SampleStudy.Build()))["project.qde"]));
        var codes = project.Root!.Element(_ns + "CodeBook")!.Element(_ns + "Codes")!;

        var personal = codes.Elements(_ns + "Code").Single(c => (string?)c.Attribute("name") == "Personal");
        Assert.Equal("false", personal.Attribute("isCodable")!.Value);
        var selfDoubt = personal.Elements(_ns + "Code").Single(c => (string?)c.Attribute("name") == "Self-doubt");
        Assert.Equal("true", selfDoubt.Attribute("isCodable")!.Value);
        Assert.Equal("Imposter feelings", selfDoubt.Element(_ns + "Code")!.Attribute("name")!.Value);

        var threat = project.Descendants(_ns + "Set").Single(s => (string?)s.Attribute("name") == "Polarity: threat");
        Assert.Equal(3, threat.Elements(_ns + "MemberCode").Count());
    }

    [Fact]
    public async Task Cases_carry_site_and_attributes_as_text_variables()
    {
        var project = XDocument.Load(new MemoryStream(Zip.Read(await ExportAsync(SampleStudy.Build()))["project.qde"]));

        Assert.Equal(["Site", "Gender", "Role"], project.Descendants(_ns + "Variable").Select(v => v.Attribute("name")!.Value));
        Assert.All(project.Descendants(_ns + "Variable"), v => Assert.Equal("Text", v.Attribute("typeOfVariable")!.Value));
        var case96 = project.Descendants(_ns + "Case").Single(c => (string?)c.Attribute("name") == "96-F");
        Assert.Equal(["F", "female", "resident"], case96.Elements(_ns + "VariableValue").Select(v => v.Element(_ns + "TextValue")!.Value));
        Assert.Single(case96.Elements(_ns + "SourceRef"));
    }

    [Fact]
    public async Task Dangling_references_are_reported_by_the_export()
    {
        var document = SampleStudy.Build();
        document.Quotes[0].Themes.Add("no-such-theme");
        document.Quotes[1].Participant = "nobody";
        document.Themes[0].Domain = "cosmic";
        using var output = new MemoryStream();

        var problems = await RefiProjectExporter.ExportAsync(document, output);

        Assert.Contains(problems, p => p.Contains("no-such-theme", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("nobody", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("cosmic", StringComparison.Ordinal));
        Assert.Empty(Schemas.Validate(Zip.Read(output.ToArray())["project.qde"], "Project.xsd"));
    }

    [Fact]
    public async Task Empty_study_exports_a_valid_project()
    {
        var entries = Zip.Read(await ExportAsync(new StudyDocument { Id = "empty", Title = "Empty" }));

        Assert.Empty(Schemas.Validate(entries["project.qde"], "Project.xsd"));
    }

    [Fact]
    public async Task ExportFiles_writes_the_mapping_beside_the_project()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, "study.qdpx");
            await RefiProjectExporter.ExportFilesAsync(SampleStudy.Build(), path);

            Assert.True(File.Exists(path));
            var mapping = await RefiMapping.LoadAsync(Path.Combine(folder.FullName, "study.mapping.yaml"));
            Assert.Equal("mentoring-2024", mapping.StudyId);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

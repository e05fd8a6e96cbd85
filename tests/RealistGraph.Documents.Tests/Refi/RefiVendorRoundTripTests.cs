using System.Xml.Linq;
using RealistGraph.Documents.Refi;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Documents.Tests.Refi.Fixtures;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi;

/// <summary>Each vendor-shaped project: import, export, import again gives the same study, with the vendor's GUIDs kept.</summary>
public class RefiVendorRoundTripTests
{
    public static TheoryData<string> Vendors() => ["nvivo", "nvivo-deep", "atlas.ti", "maxqda", "qualcoder"];

    private static (byte[] Archive, RefiMapping? Mapping) Fixture(string vendor) => vendor switch
    {
        "nvivo" => (NvivoFixture.Archive(), null),
        "nvivo-deep" => (DeepNvivoFixture.Archive(), null),
        "atlas.ti" => (AtlasTiFixture.Archive(), AtlasTiFixture.ParsedMapping()),
        "maxqda" => (MaxqdaFixture.Archive(), null),
        _ => (QualCoderFixture.Archive(), QualCoderFixture.ParsedMapping()),
    };

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Import_export_import_is_identical_and_the_export_is_valid_REFI(string vendor)
    {
        var (archive, mapping) = Fixture(vendor);
        var first = (await Import.QdpxAsync(archive, mapping)).Document;

        var exported = await ExportAsync(first);
        var second = (await Import.QdpxAsync(exported)).Document;

        Assert.Equal(StudyDocumentWriter.ToYaml(first), StudyDocumentWriter.ToYaml(second));
        Assert.Empty(Schemas.Validate(Zip.Read(exported)["project.qde"], "Project.xsd"));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task Without_the_realist_part_the_export_mapping_still_gives_back_every_code_case_and_quote(string vendor)
    {
        var (archive, mapping) = Fixture(vendor);
        var first = (await Import.QdpxAsync(archive, mapping)).Document;

        var stripped = Zip.WithoutRealistPart(await ExportAsync(first));
        var second = (await Import.QdpxAsync(stripped, RefiMapping.ForExport(first))).Document;

        Assert.Equal(first.Domains.Select(d => $"{d.Id}|{d.Name}|{d.Canonical}"), second.Domains.Select(d => $"{d.Id}|{d.Name}|{d.Canonical}"));
        Assert.Equal(first.Themes.Select(t => $"{t.Id}|{t.Name}|{t.Domain}|{t.Parent}|{t.Polarity}"), second.Themes.Select(t => $"{t.Id}|{t.Name}|{t.Domain}|{t.Parent}|{t.Polarity}"));
        Assert.Equal(first.Participants.Select(p => p.Id).Order(StringComparer.Ordinal), second.Participants.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(
            first.Quotes.Select(q => $"{q.Id}|{q.Participant}|{q.Text}|{string.Join(",", q.Themes)}|{string.Join(",", q.Mechanisms)}").Order(StringComparer.Ordinal),
            second.Quotes.Select(q => $"{q.Id}|{q.Participant}|{q.Text}|{string.Join(",", q.Themes)}|{string.Join(",", q.Mechanisms)}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task The_vendors_GUIDs_colours_and_codability_are_in_the_export(string vendor)
    {
        var (archive, mapping) = Fixture(vendor);
        var original = Project(archive);
        var imported = (await Import.QdpxAsync(archive, mapping)).Document;

        var exported = Project(await ExportAsync(imported));

        var before = Codes(original);
        var after = Codes(exported);
        var kept = imported.Qda!.Codes.Select(c => c.Guid).ToList();
        Assert.NotEmpty(kept);
        // A code the vendor gave no colour gets the colour of its polarity; any colour it had is kept, and its codability.
        Assert.All(kept, guid => Assert.Equal(before[guid], before[guid].StartsWith('|') ? "|" + after[guid].Split('|')[1] : after[guid]));
        var selectionGuids = Guids(exported, "PlainTextSelection");
        Assert.All(imported.Qda.Selections, s => Assert.Contains(s.Guid, selectionGuids));
        Assert.Equal(imported.Quotes.Count, imported.Qda.Selections.Count);
        // A case whose GUID the vendor also gave a code (MAXQDA) gets a new one, so the mapping file tells them apart.
        var cases = Guids(exported, "Case");
        Assert.All(imported.Qda.Cases, c => Assert.Equal(!kept.Contains(c.Guid), cases.Contains(c.Guid)));
        Assert.Equal(Guids(original, "User"), Guids(exported, "User"));
    }

    [Fact]
    public async Task The_deep_nvivo_project_keeps_seven_levels_duplicate_names_and_names_its_empty_sources()
    {
        var result = await Import.QdpxAsync(DeepNvivoFixture.Archive());
        var doc = result.Document;

        var deepest = doc.Themes.Single(t => doc.Themes.All(other => other.Parent != t.Id) && t.Domain == "structural");
        var depth = 1;
        for (var parent = deepest.Parent; parent is not null; parent = doc.Themes.Single(t => t.Id == parent).Parent)
        {
            depth++;
        }

        Assert.Equal(DeepNvivoFixture.Depth - 1, depth);
        Assert.Equal(6, doc.Themes.Count(t => t.Name == "Barriers"));
        Assert.Equal(doc.Themes.Count, doc.Themes.Select(t => t.Id).Distinct().Count());
        Assert.True(result.Report.HasSkip("TextSource", "plain text is empty"));
        Assert.Contains(result.Report.Skipped, s => s.Reference == "P02 blank notes");
        Assert.Contains(result.Report.Skipped, s => s.Reference == "P02 empty transcript");
        Assert.Equal(2, result.Report.Skipped.Count(s => s.Element == "Archive entry" && s.Reference!.EndsWith(".docx", StringComparison.Ordinal)));
        var grouped = ImportReportText.Lines(doc, result.Report);
        Assert.StartsWith("imported: 2 domains, 12 themes, 2 participants, 2 quotes", grouped[0], StringComparison.Ordinal);
        Assert.Contains(grouped, l => l.StartsWith("warning: 12 × Code: no polarity given for this theme; set to 'mixed' (e.g. ", StringComparison.Ordinal) && l.EndsWith(", ...)", StringComparison.Ordinal));
    }

    private static async Task<byte[]> ExportAsync(StudyDocument document)
    {
        using var output = new MemoryStream();
        Assert.Empty(await RefiProjectExporter.ExportAsync(document, output));
        return output.ToArray();
    }

    private static XDocument Project(byte[] archive) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(Zip.Read(archive)["project.qde"]).TrimStart('\uFEFF'));

    private static Dictionary<string, string> Codes(XDocument project) =>
        project.Descendants().Where(e => e.Name.LocalName == "Code").GroupBy(e => RefiGuid.Normalize((string?)e.Attribute("guid"))).ToDictionary(
            g => g.Key, g => $"{(string?)g.First().Attribute("color")}|{(string?)g.First().Attribute("isCodable") ?? "true"}", StringComparer.Ordinal);

    private static HashSet<string> Guids(XDocument project, string element) =>
        project.Descendants().Where(e => e.Name.LocalName == element).Select(e => RefiGuid.Normalize((string?)e.Attribute("guid"))).ToHashSet(StringComparer.Ordinal);
}

using System.Text;
using System.Xml.Linq;
using RealistGraph.Documents.Refi;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi;

/// <summary>The realist structure REFI-QDA has no element for travels in realistgraph/study.yaml and comes back.</summary>
public class RefiStructureRoundTripTests
{
    public static TheoryData<string> Documents() => TestFiles.ValidDocuments();

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task An_unchanged_export_imports_back_identical(string name)
    {
        var original = StudyDocumentLoader.Load(await File.ReadAllTextAsync(TestFiles.ValidDocumentPath(name)));

        var result = await Import.QdpxAsync(await ExportAsync(original));

        Assert.Equal(StudyDocumentWriter.ToYaml(original), StudyDocumentWriter.ToYaml(result.Document));
        Assert.Empty(result.Report.Warnings);
        Assert.Empty(result.Report.Skipped);
        Assert.Contains(result.Report.Notes, n => n.Reason.Contains("unchanged since RealistGraph exported it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_export_stays_valid_against_the_REFI_project_schema_with_the_extra_part()
    {
        var original = StudyDocumentLoader.Load(await File.ReadAllTextAsync(TestFiles.Seed));

        var entries = Zip.Read(await ExportAsync(original));

        Assert.Empty(Schemas.Validate(entries["project.qde"], "Project.xsd"));
        Assert.Contains("realistgraph/study.yaml", entries.Keys);
        Assert.Contains("realistgraph/manifest.json", entries.Keys);
    }

    [Fact]
    public async Task What_the_QDA_tool_changed_wins_and_the_rest_of_the_structure_is_kept_with_conflicts_reported()
    {
        var original = StudyDocumentLoader.Load(await File.ReadAllTextAsync(TestFiles.Seed));
        var renamed = original.Themes[0];
        var uncoded = original.Quotes.First(q => q.Themes.Count + q.Mechanisms.Count > 0);
        var entries = Zip.Read(await ExportAsync(original));
        var project = XDocument.Parse(Encoding.UTF8.GetString(entries["project.qde"]));
        XNamespace ns = RefiNames.ProjectNamespace;
        project.Descendants(ns + "Code").First(c => (string?)c.Attribute("name") == renamed.Name).SetAttributeValue("name", "Renamed in NVivo");
        project.Descendants(ns + "PlainTextSelection").First(s => (string?)s.Attribute("name") == uncoded.Id).Elements(ns + "Coding").Remove();
        entries["project.qde"] = Encoding.UTF8.GetBytes(project.ToString());

        var result = await Import.QdpxAsync(Zip.OfBytes([.. entries.Select(e => (e.Key, e.Value))]));
        var back = result.Document;

        Assert.Equal("Renamed in NVivo", back.Themes.Single(t => t.Id == renamed.Id).Name);
        Assert.DoesNotContain(back.Quotes, q => q.Id == uncoded.Id);
        Assert.Equal(Yaml(original.Interventions), Yaml(back.Interventions));
        Assert.Equal(original.CmoConfigurations.Count, back.CmoConfigurations.Count);
        Assert.Equal(original.Interactions.Count, back.Interactions.Count);
        Assert.Equal(original.Authors, back.Authors);
        Assert.Equal((original.Year, original.Doi), (back.Year, back.Doi));
        Assert.Contains(result.Report.Warnings, w => w.Element == "Conflict" && w.Reference == renamed.Id && w.Reason.Contains("Renamed in NVivo", StringComparison.Ordinal));
        Assert.Contains(result.Report.Warnings, w => w.Element == "Conflict" && w.Reference == uncoded.Id && w.Reason.Contains("removed", StringComparison.Ordinal));
        Assert.Empty(StudyDocumentValidator.Validate(back));
    }

    [Fact]
    public async Task A_stored_part_that_is_not_a_study_document_is_reported_and_the_project_read_as_any_other()
    {
        var original = StudyDocumentLoader.Load(await File.ReadAllTextAsync(TestFiles.Seed));
        var entries = Zip.Read(await ExportAsync(original));
        entries["realistgraph/study.yaml"] = Encoding.UTF8.GetBytes("id: [not, an, id]\nnonsense: true\n");

        var result = await Import.QdpxAsync(Zip.OfBytes([.. entries.Select(e => (e.Key, e.Value))]));

        Assert.Contains(result.Report.Warnings, w => w.Reference == "realistgraph/study.yaml" && w.Reason.Contains("not a valid study document", StringComparison.Ordinal));
        Assert.Empty(result.Document.Interventions);
        Assert.Equal(original.Themes.Count, result.Document.Themes.Count);
    }

    private static async Task<byte[]> ExportAsync(StudyDocument document)
    {
        using var output = new MemoryStream();
        await RefiProjectExporter.ExportAsync(document, output);
        return output.ToArray();
    }

    private static string Yaml(List<InterventionEntry> interventions) =>
        StudyDocumentWriter.ToYaml(new StudyDocument { Id = "x", Title = "x", Interventions = interventions });
}

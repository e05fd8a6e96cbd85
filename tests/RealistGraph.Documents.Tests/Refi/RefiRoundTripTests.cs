using RealistGraph.Documents.Refi;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi;

public class RefiRoundTripTests
{
    private static async Task<RefiImportResult> RoundTripAsync(StudyDocument original, RefiMapping? mapping)
    {
        using var output = new MemoryStream();
        await RefiProjectExporter.ExportAsync(original, output);
        return await Import.QdpxAsync(Zip.WithoutRealistPart(output.ToArray()), mapping);
    }

    [Fact]
    public async Task With_the_export_mapping_everything_comes_back_with_its_ids()
    {
        var original = SampleStudy.Build();
        var mapping = RefiMapping.Parse(RefiMapping.ForExport(original).ToYaml());

        var result = await RoundTripAsync(original, mapping);
        var back = result.Document;

        Assert.Equal((original.Id, original.Title), (back.Id, back.Title));
        Assert.Equal(Domains(original), Domains(back));
        Assert.Equal(Themes(original), Themes(back));
        Assert.Equal(Participants(original), Participants(back));
        Assert.Equal(Quotes(original), Quotes(back));
        Assert.Equal(original.Mechanisms.Select(m => (m.Id, m.Name)), back.Mechanisms.Select(m => (m.Id, m.Name)));
        Assert.Equal("Unattributed quotes", Assert.Single(result.Report.Warnings).Reference);
        // Only the "Mechanisms" category itself, which groups the mechanism codes, has no entry of its own.
        var skipped = Assert.Single(result.Report.Skipped);
        Assert.Equal(("Code", "Mechanisms"), (skipped.Element, skipped.Reference));
    }

    [Fact]
    public async Task Without_a_mapping_names_polarity_hierarchy_participants_and_quotes_are_inferred()
    {
        var original = SampleStudy.Build();

        var back = (await RoundTripAsync(original, null)).Document;

        Assert.Equal(original.Domains.Select(d => d.Name), back.Domains.Select(d => d.Name));
        Assert.Equal(ThemesByName(original), ThemesByName(back));
        Assert.Equal(original.Participants.Select(p => (p.Label, p.Site, Attributes(p))), back.Participants.Select(p => (p.Label, p.Site, Attributes(p))));
        Assert.Equal(QuotesByName(original), QuotesByName(back));
        Assert.Equal(["Sense of belonging"], back.Mechanisms.Select(m => m.Name));
    }

    [Fact]
    public async Task Codebook_round_trips_through_qdc()
    {
        var original = SampleStudy.Build();
        using var output = new MemoryStream();
        await RefiCodebookExporter.ExportAsync(original, output);
        var options = new RefiImportOptions { Mapping = RefiMapping.ForExport(original) };

        var result = await new RefiCodebookImporter(options).ImportAsync(new MemoryStream(output.ToArray()), "mentoring.qdc");

        Assert.Equal(Domains(original), Domains(result.Document));
        Assert.Equal(Themes(original), Themes(result.Document));
        Assert.Empty(result.Document.Quotes);
    }

    [Fact]
    public async Task Codebook_without_mapping_infers_polarity_and_domains_from_its_sets()
    {
        var original = SampleStudy.Build();
        using var output = new MemoryStream();
        await RefiCodebookExporter.ExportAsync(original, output);

        var result = await new RefiCodebookImporter().ImportAsync(new MemoryStream(output.ToArray()), "mentoring.qdc");

        Assert.Equal(ThemesByName(original), ThemesByName(result.Document));
        Assert.Equal("mentoring", result.Document.Id);
    }

    private static IEnumerable<string> Domains(StudyDocument d) => d.Domains.Select(x => $"{x.Id}|{x.Name}|{x.Canonical}|{x.Description}");

    private static IEnumerable<string> Themes(StudyDocument d) => d.Themes.Select(x => $"{x.Id}|{x.Name}|{x.Domain}|{x.Polarity}|{x.Parent}|{x.Summary}");

    private static IEnumerable<string> Participants(StudyDocument d) => d.Participants.Select(x => $"{x.Id}|{x.Label}|{x.Site}|{Attributes(x)}");

    private static IEnumerable<string> Quotes(StudyDocument d) =>
        d.Quotes.Select(x => $"{x.Id}|{x.Participant}|{x.Text}|{string.Join(",", x.Themes)}|{string.Join(",", x.Mechanisms)}");

    private static string Attributes(ParticipantEntry p) => string.Join(";", p.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));

    private static IEnumerable<string> ThemesByName(StudyDocument d)
    {
        string Name(string? themeId) => d.Themes.FirstOrDefault(t => t.Id == themeId)?.Name ?? "";
        return d.Themes.Select(x => $"{x.Name}|{d.Domains.Single(dm => dm.Id == x.Domain).Name}|{x.Polarity}|{Name(x.Parent)}");
    }

    private static IEnumerable<string> QuotesByName(StudyDocument d) =>
        d.Quotes.Select(q =>
            $"{d.Participants.FirstOrDefault(p => p.Id == q.Participant)?.Label}|{q.Text}|{string.Join(",", q.Themes.Select(t => d.Themes.Single(th => th.Id == t).Name))}");
}

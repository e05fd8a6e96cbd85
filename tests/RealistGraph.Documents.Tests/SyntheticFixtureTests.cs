using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Tests;

public sealed class SyntheticFixtureTests
{
    private static readonly Lazy<StudyDocument> _synthetic = new(() => StudyDocumentLoader.LoadAsync(TestFiles.Synthetic).GetAwaiter().GetResult());
    private static readonly Lazy<StudyDocument> _seed = new(() => StudyDocumentLoader.LoadAsync(TestFiles.Seed).GetAwaiter().GetResult());

    private static StudyDocument Synthetic => _synthetic.Value;

    [Fact]
    public void It_says_it_is_synthetic()
    {
        Assert.Equal("synthetic-peer-mentoring", Synthetic.Id);
        Assert.StartsWith("SYNTHETIC TEST FIXTURE", Synthetic.Title, StringComparison.Ordinal);
        Assert.Contains("not a real study", Synthetic.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_domains_map_onto_the_canonical_ones()
    {
        Assert.Equal(
            ["individual>personal", "relational>social", "collective>structural"],
            Synthetic.Domains.Select(d => $"{d.Id}>{d.Canonical}"));
    }

    [Fact]
    public void One_activity_serves_two_functions()
    {
        var activity = Synthetic.Interventions.Single().Activities.Single(a => a.Id == "act-structured-storytelling");

        Assert.Equal(["fn-self-reflection", "fn-empathic-relationships"], activity.Functions);
    }

    [Fact]
    public void It_has_mixed_polarities_and_fifteen_quotes()
    {
        Assert.Equal(6, Synthetic.Themes.Count);
        Assert.Equal(["mixed", "support", "threat"], Synthetic.Themes.Select(t => t.Polarity).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(15, Synthetic.Quotes.Count);
    }

    [Fact]
    public void Its_links_point_at_findings_that_exist_in_the_seed()
    {
        var seedFindings = _seed.Value.Themes.Select(t => t.Id)
            .Concat(_seed.Value.Mechanisms.Select(m => m.Id))
            .Concat(_seed.Value.CmoConfigurations.Select(c => c.Id))
            .Select(id => $"{_seed.Value.Id}/{id}")
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(2, Synthetic.Links.Count);
        Assert.All(Synthetic.Links, link => Assert.Contains(link.To, seedFindings));
        Assert.Equal(
            ["brooks-2023-bsme/communities-of-practice", "brooks-2023-bsme/feeling-devalued"],
            Synthetic.Links.Select(l => l.To));
    }
}

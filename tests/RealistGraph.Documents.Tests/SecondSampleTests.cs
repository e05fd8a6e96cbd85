using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Tests;

/// <summary>
/// The second sample, c-change-2024, encoded from an abstract: four functions with their activities, two domains,
/// themes without quotes, one CMO configuration per function, and links to the seed's findings. Its counts are
/// tabled in samples/README.md; the integration tests assert the same numbers after import.
/// </summary>
public sealed class SecondSampleTests
{
    private static readonly Lazy<StudyDocument> _study = new(() => StudyDocumentLoader.LoadAsync(Path.Combine(TestFiles.Samples, "c-change-2024.yaml")).GetAwaiter().GetResult());
    private static readonly Lazy<StudyDocument> _seed = new(() => StudyDocumentLoader.LoadAsync(TestFiles.Seed).GetAwaiter().GetResult());

    private static StudyDocument Study => _study.Value;

    [Fact]
    public void It_is_valid_and_claims_no_metadata_the_abstract_does_not_give()
    {
        Assert.Empty(StudyDocumentValidator.Validate(Study));
        Assert.Equal("c-change-2024", Study.Id);
        Assert.Empty(Study.Authors);
        Assert.Null(Study.Year);
        Assert.Null(Study.Doi);
        Assert.Null(Study.Journal);
    }

    [Fact]
    public void The_four_functions_each_have_their_activities_a_support_theme_a_mechanism_and_a_configuration()
    {
        var intervention = Assert.Single(Study.Interventions);
        Assert.Equal(
            ["Forming group culture", "Encouraging self-reflection", "Forming empathic relationships", "Envisioning a successful future"],
            intervention.Functions.Select(f => f.Name));
        Assert.Equal([3, 2, 2, 2], intervention.Functions.Select(f => intervention.Activities.Count(a => a.Functions.Contains(f.Id))));
        Assert.All(Study.Themes, t => Assert.Equal("support", t.Polarity));
        Assert.Equal(intervention.Functions.Select(f => f.Name), Study.Themes.Select(t => t.Name));
        Assert.Equal(intervention.Functions.Select(f => f.Name), Study.Mechanisms.Select(m => m.Name));
        Assert.All(intervention.Functions, f => Assert.Single(Study.CmoConfigurations, c => c.Functions.SequenceEqual([f.Id])));
    }

    [Fact]
    public void Its_domains_map_onto_personal_and_social_and_it_has_no_quotes_or_participants()
    {
        Assert.Equal([("individual", "personal"), ("group", "social")], Study.Domains.Select(d => (d.Id, d.Canonical)));
        Assert.Empty(Study.Quotes);
        Assert.Empty(Study.Participants);
    }

    [Fact]
    public void Every_link_ends_at_a_finding_of_the_seed_and_gives_its_reason()
    {
        var seedIds = _seed.Value.Themes.Select(t => t.Id)
            .Concat(_seed.Value.Mechanisms.Select(m => m.Id))
            .Concat(_seed.Value.CmoConfigurations.Select(c => c.Id))
            .Select(id => $"brooks-2023-bsme/{id}")
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(8, Study.Links.Count);
        Assert.All(Study.Links, l =>
        {
            Assert.Contains(l.To, seedIds);
            Assert.False(string.IsNullOrWhiteSpace(l.Rationale));
        });
    }

    [Fact]
    public void The_counts_table_in_samples_README_matches_it() =>
        SampleCounts.AssertTable("## c-change-2024's counts", SampleCounts.Of(Study));
}

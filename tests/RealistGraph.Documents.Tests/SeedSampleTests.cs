using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Tests;

/// <summary>The seed's counts, as tabled in samples/README.md; the integration tests assert the same numbers.</summary>
public sealed class SeedSampleTests
{
    private static readonly Lazy<StudyDocument> _seed = new(() => StudyDocumentLoader.LoadAsync(TestFiles.Seed).GetAwaiter().GetResult());

    private static StudyDocument Seed => _seed.Value;

    [Fact]
    public void Seed_is_valid()
    {
        var problems = StudyDocumentValidator.Validate(Seed);

        Assert.Empty(problems);
        Assert.Equal("brooks-2023-bsme", Seed.Id);
    }

    [Fact]
    public void Seed_metadata_matches_the_paper()
    {
        Assert.Equal(12, Seed.Authors.Count);
        Assert.Equal("Joanna Veazey Brooks", Seed.Authors[0]);
        Assert.Equal("Ming-Jung Ho", Seed.Authors[^1]);
        Assert.Equal(2023, Seed.Year);
        Assert.Equal("10.1097/ACM.0000000000005354", Seed.Doi);
        Assert.Equal(58, Seed.SampleSize);
    }

    [Fact]
    public void Seed_has_three_domains_mapped_onto_themselves()
    {
        Assert.Equal(["personal", "social", "structural"], Seed.Domains.Select(d => d.Id));
        Assert.All(Seed.Domains, d => Assert.Equal(d.Id, d.Canonical));
    }

    [Fact]
    public void Seed_has_ten_themes_with_the_papers_codes_and_polarities()
    {
        var themes = Seed.Themes.Select(t => $"{t.Code} {t.Id} {t.Domain} {t.Polarity}");

        Assert.Equal(
            [
                "1.1 attraction-to-teaching personal support",
                "1.2 satisfaction-with-medical-education personal support",
                "1.3 imposter-syndrome personal threat",
                "2.1 mentor-modeling social support",
                "2.2 communities-of-practice social support",
                "2.3 feeling-devalued social threat",
                "3.1 paucity-of-formal-training structural threat",
                "3.2 unclear-career-trajectories structural threat",
                "3.3 leaders-set-the-tone structural support",
                "3.4 mission-incentive-misalignment structural threat",
            ],
            themes);
    }

    [Theory]
    [InlineData("attraction-to-teaching", 7)]
    [InlineData("satisfaction-with-medical-education", 5)]
    [InlineData("imposter-syndrome", 6)]
    [InlineData("mentor-modeling", 7)]
    [InlineData("communities-of-practice", 7)]
    [InlineData("feeling-devalued", 5)]
    [InlineData("paucity-of-formal-training", 2)]
    [InlineData("unclear-career-trajectories", 12)]
    [InlineData("leaders-set-the-tone", 3)]
    [InlineData("mission-incentive-misalignment", 7)]
    public void Seed_quotes_per_theme(string theme, int count) =>
        Assert.Equal(count, Seed.Quotes.Count(q => q.Themes.Contains(theme)));

    [Fact]
    public void Seed_quote_totals()
    {
        Assert.Equal(61, Seed.Quotes.Count);
        Assert.All(Seed.Quotes, q => Assert.Single(q.Themes));
        Assert.Equal(27, Seed.Quotes.Count(q => q.Location!.StartsWith("Results", StringComparison.Ordinal)));
        Assert.Equal(34, Seed.Quotes.Count(q => q.Location == "Table 2"));
        Assert.Equal(18, QuotesInDomain("personal"));
        Assert.Equal(19, QuotesInDomain("social"));
        Assert.Equal(24, QuotesInDomain("structural"));
    }

    [Fact]
    public void Seed_quotes_with_their_own_polarity_are_the_three_supports_inside_threat_themes()
    {
        var own = Seed.Quotes.Where(q => q.Polarity is not null).Select(q => $"{q.Participant} {q.Themes[0]} {q.Polarity}");

        Assert.Equal(
            ["69-B unclear-career-trajectories support", "85-B mission-incentive-misalignment support", "57-G unclear-career-trajectories support"],
            own);
    }

    [Fact]
    public void Seed_lists_every_quoted_participant_once_with_their_site()
    {
        Assert.Equal(34, Seed.Participants.Count);
        Assert.Equal(Seed.Participants.Count, Seed.Participants.Select(p => p.Id).Distinct().Count());
        Assert.Equal(
            Seed.Quotes.Select(q => q.Participant).Distinct().Order(StringComparer.Ordinal),
            Seed.Participants.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(Seed.Participants, p => Assert.Equal(p.Id[^1..], p.Site));
        Assert.Equal(7, Seed.Participants.Select(p => p.Site).Distinct().Count());
    }

    [Fact]
    public void Seed_short_in_text_quotes_are_kept()
    {
        Assert.Contains(Seed.Quotes, q => q.Participant == "29-C" && q.Text == "I was super fortunate");
        Assert.Contains(Seed.Quotes, q => q.Participant == "89-D" && q.Text == "I've been incredibly lucky");
        Assert.Contains(Seed.Quotes, q => q.Participant == "51-C" && q.Text == "I’m on an island");
    }

    [Fact]
    public void Seed_realist_parts_and_interaction()
    {
        Assert.Equal(5, Seed.Contexts.Count);
        Assert.Equal(5, Seed.Mechanisms.Count);
        Assert.Equal(3, Seed.Outcomes.Count);
        Assert.Equal(5, Seed.CmoConfigurations.Count);
        Assert.Equal(3, Seed.Interventions.Count);
        Assert.Equal(4, Seed.Interventions.Sum(i => i.Functions.Count));
        Assert.Equal(4, Seed.Interventions.Sum(i => i.Activities.Count));
        Assert.All(Seed.CmoConfigurations, c => Assert.Contains(Seed.Quotes, q => q.CmoConfigurations.Contains(c.Id)));

        var interaction = Assert.Single(Seed.Interactions);
        Assert.Equal(("structural", "social", "reinforcing"), (interaction.From, interaction.To, interaction.Kind));
        Assert.Contains("siloed in research departments", interaction.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_counts_table_in_samples_README_matches_the_seed()
    {
        var expected = SampleCounts.Of(Seed);
        expected["quotes: Results text"] = Seed.Quotes.Count(q => q.Location!.StartsWith("Results", StringComparison.Ordinal));
        expected["quotes: Table 2"] = Seed.Quotes.Count(q => q.Location == "Table 2");

        SampleCounts.AssertTable("## The seed's counts", expected);
    }

    private static int QuotesInDomain(string domain) =>
        Seed.Quotes.Count(q => Seed.Themes.Single(t => t.Id == q.Themes[0]).Domain == domain);
}

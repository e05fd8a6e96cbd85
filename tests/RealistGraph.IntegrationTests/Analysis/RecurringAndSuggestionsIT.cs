using System.Text.Json;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Analysis;

/// <summary>
/// Findings that recur across studies (joined by links that assert sameness) and the links the service suggests
/// for a new study (computed on request, never stored).
/// </summary>
public sealed class RecurringAndSuggestionsIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string Community = "synthetic-peer-mentoring/peer-community";
    private const string CommunitiesOfPractice = "brooks-2023-bsme/communities-of-practice";
    private const string Overlooked = "synthetic-peer-mentoring/feeling-overlooked";
    private const string Devalued = "brooks-2023-bsme/feeling-devalued";

    private const string Recurring = """
        query($k: Int!) {
          recurringFindings(minStudies: $k) {
            studyCount studies { id }
            findings { __typename
              ... on Theme { id studyId quotes { id study { id } } }
              ... on Mechanism { id studyId quotes { id study { id } } } }
          }
        }
        """;

    private const string Suggestions = $$"""
        query($study: ID!) {
          suggestedLinks(studyId: $study, top: 200) {
            score terms
            finding { {{RealistGraph.IntegrationTests.Suggestions.SuggestionQueries.AnyFinding}} }
            candidate { {{RealistGraph.IntegrationTests.Suggestions.SuggestionQueries.AnyFinding}} }
          }
          findingLinks { id }
        }
        """;

    [Fact]
    public async Task The_communities_of_practice_finding_recurs_in_both_studies_with_its_quotes_by_study()
    {
        await ImportBothAsync();
        var seed = await SeedAsync();
        var synthetic = await SyntheticAsync();

        var clusters = (await Fixture.DataAsync(Recurring, new { k = 2 })).GetProperty("recurringFindings").Items();

        // One cluster per link of the fixture that asserts sameness (it corroborates one theme, is similar to another).
        Assert.Equal(synthetic.Links.Count(l => l.Relation != "contradicts"), clusters.Count);
        var community = Assert.Single(clusters, c => Ids(c).Contains(CommunitiesOfPractice));
        Assert.Equal(2, community.GetProperty("studyCount").GetInt32());
        Assert.Equal([SeedId, SyntheticId], community.GetProperty("studies").Strings("id").Order());
        Assert.Equal([CommunitiesOfPractice, Community], Ids(community).Order());

        var findings = community.GetProperty("findings").Items().ToDictionary(f => f.Str("id"));
        Assert.All(findings.Values, f => Assert.Equal("Theme", f.Str("__typename")));
        Assert.Equal(QuotesOfTheme(seed, "communities-of-practice"), findings[CommunitiesOfPractice].GetProperty("quotes").Strings("id").Order());
        Assert.Equal(QuotesOfTheme(synthetic, "peer-community"), findings[Community].GetProperty("quotes").Strings("id").Order());
        Assert.All(findings.Values, f => Assert.All(
            f.GetProperty("quotes").Items(),
            q => Assert.Equal(f.Str("studyId"), q.GetProperty("study").Str("id"))));

        Assert.Contains(clusters, c => Ids(c).Order().SequenceEqual([Devalued, Overlooked]));
    }

    [Fact]
    public async Task Nothing_recurs_in_three_studies_of_two_and_one_study_alone_recurs_nowhere()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        Assert.Empty((await Fixture.DataAsync(Recurring, new { k = 2 })).GetProperty("recurringFindings").Items());

        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
        Assert.Empty((await Fixture.DataAsync(Recurring, new { k = 3 })).GetProperty("recurringFindings").Items());

        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync(Recurring, new { k = 0 }));
        Assert.Equal("VALIDATION", code);
        Assert.Contains("minStudies", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contradiction_joins_nothing_but_a_corroboration_of_the_same_findings_does()
    {
        await ImportBothAsync();
        const string SelfDoubt = "synthetic-peer-mentoring/persistent-self-doubt";
        const string Imposter = "brooks-2023-bsme/imposter-syndrome";
        var before = (await Fixture.DataAsync(Recurring, new { k = 2 })).GetProperty("recurringFindings").GetArrayLength();

        await LinkAsync(SelfDoubt, Imposter, "CONTRADICTS");
        var withContradiction = (await Fixture.DataAsync(Recurring, new { k = 2 })).GetProperty("recurringFindings").Items();
        Assert.Equal(before, withContradiction.Count);
        Assert.DoesNotContain(withContradiction, c => Ids(c).Contains(SelfDoubt) || Ids(c).Contains(Imposter));

        await LinkAsync(SelfDoubt, Imposter, "CORROBORATES");
        var withCorroboration = (await Fixture.DataAsync(Recurring, new { k = 2 })).GetProperty("recurringFindings").Items();
        Assert.Equal(before + 1, withCorroboration.Count);
        Assert.Contains(withCorroboration, c => Ids(c).Order().SequenceEqual([Imposter, SelfDoubt]));
    }

    [Fact]
    public async Task A_chain_of_links_through_a_third_study_recurs_in_three()
    {
        await ImportBothAsync();
        await Fixture.Importer.ImportAsync(ThirdStudy());
        await LinkAsync("third-mentoring-study/doubting-oneself", Overlooked, "SIMILAR_TO");

        var clusters = (await Fixture.DataAsync(Recurring, new { k = 3 })).GetProperty("recurringFindings").Items();
        var cluster = Assert.Single(clusters);
        Assert.Equal(3, cluster.GetProperty("studyCount").GetInt32());
        Assert.Equal([Devalued, Overlooked, "third-mentoring-study/doubting-oneself"], Ids(cluster).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_synthetic_community_theme_is_suggested_the_seeds_communities_of_practice_first()
    {
        // The synthetic study without its own links: nothing is linked yet, everything may be suggested.
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var synthetic = Copy(await SyntheticAsync());
        synthetic.Links.Clear();
        await Fixture.Importer.ImportAsync(synthetic);

        var data = await Fixture.DataAsync(Suggestions, new { study = SyntheticId });
        var suggestions = data.GetProperty("suggestedLinks").Items();
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s =>
        {
            Assert.Equal(SyntheticId, s.GetProperty("finding").Str("studyId"));
            Assert.NotEqual(SyntheticId, s.GetProperty("candidate").Str("studyId"));
            var score = s.GetProperty("score").GetDouble();
            Assert.InRange(score, double.Epsilon, 1.0);
            Assert.NotEmpty(s.GetProperty("terms").Items());
        });
        var scores = suggestions.Select(s => s.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);

        // The fixture's two look-alike themes (see its header) find the seed themes they were written to resemble:
        // the best theme candidate. Candidates of every kind compete, and the seed's mechanism and CMO configuration
        // of the same finding (belonging in a community of like-minded educators) read as close or closer, so the
        // theme is among the first three, not necessarily first.
        Assert.Equal(CommunitiesOfPractice, BestCandidate(suggestions, Community, "Theme"));
        Assert.Equal(Devalued, BestCandidate(suggestions, Overlooked, "Theme"));
        Assert.Contains(CommunitiesOfPractice, Candidates(suggestions, Community).Take(3));
        Assert.All(Candidates(suggestions, Community).Take(3), c => Assert.Contains(c, new[]
        {
            CommunitiesOfPractice, "brooks-2023-bsme/mech-belonging-and-confidence", "brooks-2023-bsme/cmo-community-belonging",
        }));

        // Asking stores nothing.
        Assert.Empty(data.GetProperty("findingLinks").Items());
        Assert.Empty((await Fixture.DataAsync("{ findingLinks { id } }")).GetProperty("findingLinks").Items());
    }

    [Fact]
    public async Task A_pair_already_linked_is_not_suggested_again()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var synthetic = Copy(await SyntheticAsync());
        synthetic.Links.Clear();
        await Fixture.Importer.ImportAsync(synthetic);

        await LinkAsync(CommunitiesOfPractice, Community, "CORROBORATES");
        var suggestions = (await Fixture.DataAsync(Suggestions, new { study = SyntheticId })).GetProperty("suggestedLinks").Items();
        Assert.DoesNotContain(suggestions, s => Pair(s) == (Community, CommunitiesOfPractice));
        Assert.Contains(suggestions, s => Pair(s) == (Overlooked, Devalued));

        // The fixture's own links count too: imported with them, neither look-alike pair is suggested.
        await Fixture.ClearGraphAsync();
        await ImportBothAsync();
        var withFixtureLinks = (await Fixture.DataAsync(Suggestions, new { study = SyntheticId })).GetProperty("suggestedLinks").Items();
        Assert.DoesNotContain(withFixtureLinks, s => Pair(s) == (Community, CommunitiesOfPractice) || Pair(s) == (Overlooked, Devalued));
    }

    private async Task ImportBothAsync()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
    }

    private Task<JsonElement> LinkAsync(string fromId, string toId, string relation) => Fixture.DataAsync(
        """mutation($input: AddLinkInput!) { addLink(input: $input) { id } }""",
        new { input = new { fromId, toId, relation, rationale = "made by a test", author = "tests" } });

    private static List<string> Ids(JsonElement cluster) => cluster.GetProperty("findings").Strings("id").ToList();

    private static (string, string) Pair(JsonElement s) => (s.GetProperty("finding").Str("id"), s.GetProperty("candidate").Str("id"));

    private static string BestCandidate(IReadOnlyList<JsonElement> suggestions, string findingId, string kind) =>
        suggestions.Where(s => s.GetProperty("finding").Str("id") == findingId && s.GetProperty("candidate").Str("__typename") == kind)
            .MaxBy(s => s.GetProperty("score").GetDouble())
            .GetProperty("candidate").Str("id");

    /// <summary>The candidates for one finding, best first (the reply is ordered by score).</summary>
    private static IEnumerable<string> Candidates(IReadOnlyList<JsonElement> suggestions, string findingId) =>
        suggestions.Where(s => s.GetProperty("finding").Str("id") == findingId).Select(s => s.GetProperty("candidate").Str("id"));
}

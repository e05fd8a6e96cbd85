using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Asking;

/// <summary><c>search</c> over both bundled samples: every finding kind and quotes, ranked, highlighted, bounded.</summary>
public sealed class SearchIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string Search = """
        query($text: String!, $kinds: [FindingKind!], $quotes: Boolean, $studyIds: [ID!], $first: Int) {
          search(text: $text, kinds: $kinds, quotes: $quotes, studyIds: $studyIds, first: $first) {
            kind id studyId score
            highlights { field snippet matches { start length } }
            node {
              __typename
              ... on Theme { id name }
              ... on Mechanism { id name }
              ... on Function { id name }
              ... on Activity { id name }
              ... on Quote { id text }
              ... on CmoConfiguration { id statement }
            }
          }
        }
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var file in RepositoryPaths.SampleFiles)
        {
            await Fixture.ImportAsync(file);
        }
    }

    [Fact]
    public async Task Records_named_exactly_as_asked_come_first_in_any_case_with_the_match_marked()
    {
        var second = await SecondAsync();
        const string name = "forming empathic relationships";
        var named = second.Themes.Where(t => Same(t.Name, name)).Select(t => ("THEME", Global(second, t.Id)))
            .Concat(second.Mechanisms.Where(m => Same(m.Name, name)).Select(m => ("MECHANISM", Global(second, m.Id))))
            .Concat(second.Interventions.SelectMany(i => i.Functions).Where(f => Same(f.Name, name)).Select(f => ("FUNCTION", Global(second, f.Id))))
            .Order()
            .ToList();
        Assert.Equal(3, named.Count);

        var hits = (await Fixture.DataAsync(Search, new { text = "Forming EMPATHIC relationships" })).GetProperty("search").Items();

        Assert.Equal(named, hits.Take(3).Select(h => (h.Str("kind"), h.Str("id"))).Order());
        Assert.All(hits.Take(3), h =>
        {
            Assert.Equal(h.Str("id"), h.GetProperty("node").Str("id"));
            Assert.Equal(SecondId, h.Str("studyId"));
            var highlight = h.GetProperty("highlights").Items()[0];
            Assert.Equal("name", highlight.Str("field"));
            Assert.Contains("«Forming empathic relationships»", highlight.Str("snippet"), StringComparison.Ordinal);
            Assert.Equal(0, highlight.GetProperty("matches").Items()[0].GetProperty("start").GetInt32());
        });
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.True(hits.Count == 3 || scores[2] > scores[3], "an exact name outranks a name that merely contains the phrase");
    }

    [Fact]
    public async Task Name_matches_rank_above_summaries_and_summaries_above_quotes()
    {
        var seed = await SeedAsync();
        const string word = "community";
        var quotes = seed.Quotes.Where(q => q.Text.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(q => Global(seed, q.Id)).Order().ToList();
        Assert.NotEmpty(quotes);

        var hits = (await Fixture.DataAsync(Search, new { text = word, first = 100 })).GetProperty("search").Items();

        Assert.Equal(quotes, hits.Where(h => h.Str("kind") == "QUOTE").Select(h => h.Str("id")).Order());
        Assert.Contains(hits, h => h.Str("kind") == "THEME");
        int Rank(System.Text.Json.JsonElement h) => h.GetProperty("highlights").Items().Select(x => x.Str("field")) switch
        {
            var f when f.Contains("name") => 3,
            var f when f.Contains("summary") => 2,
            _ => 1,
        };
        var ranks = hits.Select(Rank).ToList();
        Assert.Equal(ranks.OrderDescending(), ranks);
        Assert.All(hits, h => Assert.Contains(h.GetProperty("highlights").Items(), x => x.Str("snippet").Contains('«', StringComparison.Ordinal)));
        Assert.All(hits.Where(h => h.Str("kind") == "QUOTE"), h =>
        {
            var text = h.GetProperty("node").Str("text");
            var match = h.GetProperty("highlights").Items().Single().GetProperty("matches").Items()[0];
            Assert.Equal(word, text.Substring(match.GetProperty("start").GetInt32(), match.GetProperty("length").GetInt32()), ignoreCase: true);
        });
    }

    [Fact]
    public async Task Kinds_studies_and_first_narrow_the_hits()
    {
        var functionsOnly = (await Fixture.DataAsync(Search, new { text = "forming", kinds = new[] { "FUNCTION" } })).GetProperty("search").Items();
        var seedOnly = (await Fixture.DataAsync(Search, new { text = "community", studyIds = new[] { SeedId }, first = 100 })).GetProperty("search").Items();
        var three = (await Fixture.DataAsync(Search, new { text = "community", first = 3 })).GetProperty("search").Items();
        var withQuotes = (await Fixture.DataAsync(Search, new { text = "community", kinds = new[] { "THEME" }, quotes = true, first = 100 })).GetProperty("search").Items();

        var documents = new[] { await SeedAsync(), await SecondAsync() };
        Assert.Equal(
            documents.SelectMany(d => d.Interventions.SelectMany(i => i.Functions)
                .Where(f => f.Name.Contains("forming", StringComparison.OrdinalIgnoreCase) || (f.Description ?? "").Contains("forming", StringComparison.OrdinalIgnoreCase))
                .Select(f => Global(d, f.Id))).Order(),
            functionsOnly.Select(h => h.Str("id")).Order());
        Assert.All(functionsOnly, h => Assert.Equal("Function", h.GetProperty("node").Str("__typename")));
        Assert.NotEmpty(seedOnly);
        Assert.All(seedOnly, h => Assert.Equal(SeedId, h.Str("studyId")));
        Assert.Equal(3, three.Count);
        Assert.Equal(["QUOTE", "THEME"], withQuotes.Select(h => h.Str("kind")).Distinct().Order());
    }

    [Fact]
    public async Task Unknown_study_ids_are_not_found_each_named()
    {
        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync(
            Search, new { text = "community", studyIds = new[] { SeedId, "no-such-study", "brooks-2023-bsme-typo", "no-such-study" } }));

        Assert.Equal("NOT_FOUND", code);
        Assert.Equal("studyIds: no study 'no-such-study', 'brooks-2023-bsme-typo'.", message);
    }

    [Fact]
    public async Task A_known_study_without_a_match_answers_no_hits_rather_than_an_error()
    {
        var hits = (await Fixture.DataAsync(Search, new { text = "imposter zzyzx", studyIds = new[] { SeedId, SecondId } })).GetProperty("search").Items();

        Assert.Empty(hits);
    }

    [Fact]
    public async Task Every_word_must_match_somewhere()
    {
        var both = (await Fixture.DataAsync(Search, new { text = "imposter syndrome" })).GetProperty("search").Items();
        var none = (await Fixture.DataAsync(Search, new { text = "imposter zzyzx" })).GetProperty("search").Items();

        Assert.Contains(both, h => h.Str("kind") == "THEME" && h.Str("id") == $"{SeedId}/imposter-syndrome");
        Assert.Empty(none);
    }

    [Theory]
    [InlineData("a", "at least 2")]
    [InlineData("one two three four five six seven eight nine", "at most 8 words")]
    public async Task Search_text_out_of_bounds_is_refused_naming_text(string text, string expected)
    {
        var reply = await Fixture.GraphQLAsync(Search, new { text });

        var (message, code) = Replies.SingleError(reply);
        Assert.Equal("VALIDATION", code);
        Assert.Contains("text", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_search_text_is_refused()
    {
        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync(Search, new { text = new string('x', 201) }));

        Assert.Equal("VALIDATION", code);
        Assert.Contains("at most 200 characters", message, StringComparison.Ordinal);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

}

using System.Net.Http.Json;
using System.Text.Json;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Asking;

/// <summary>
/// Pages of many parents at once (<c>study { themesConnection { nodes { quotesConnection(first, after) } } }</c>): one
/// statement answers each parent's page and total, cut in Cypher, the same as each parent's page read alone, and it
/// reads each child once for its order (its <c>ordinal</c>, nothing else) before cutting.
/// </summary>
public sealed class ManyParentPagesIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string ManyParents = "queries/child-pages/theme-quotes";
    private const string OneParent = "queries/child-pages/theme-quotes-of-one";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.ImportAsync(RepositoryPaths.Seed);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 3)]
    [InlineData(50, 5)]
    public async Task Each_parents_page_and_total_equal_its_page_read_alone_and_only_the_pages_come_back(int skip, int limit)
    {
        var seed = await SeedAsync();
        var themes = seed.Themes.Select(t => Global(seed, t.Id)).ToList();

        var many = await ChildPageRows.ReadAsync(Fixture, ManyParents, themes, skip, limit);

        var expectedRows = 0;
        foreach (var theme in themes)
        {
            var alone = await ChildPageRows.ReadAsync(Fixture, OneParent, [theme], skip, limit);
            var rows = many.Where(r => r.GetString("parentId") == theme).ToList();
            Assert.Equal(alone.Select(Id), rows.Select(Id));
            Assert.Equal(alone.Select(r => r.GetInt64("totalCount")), rows.Select(r => r.GetInt64("totalCount")));
            var quotes = QuotesInOrder(seed, theme);
            Assert.Equal(quotes.Skip(skip).Take(limit), rows.Select(Id).OfType<string>());
            Assert.All(rows, r => Assert.Equal(quotes.Count, r.GetInt64("totalCount")));
            expectedRows += Math.Max(1, Math.Min(limit, quotes.Count - skip));
        }

        Assert.Equal(expectedRows, many.Count);
        if (skip < 50)
        {
            Assert.Contains(themes, t => QuotesInOrder(seed, t).Count > skip + limit); // some page is cut short of its quotes
        }
    }

    [Fact]
    public async Task The_query_for_many_parents_reads_each_child_once_for_its_order()
    {
        var seed = await SeedAsync();
        var themes = seed.Themes.Select(t => Global(seed, t.Id)).ToList();
        var children = themes.Sum(t => QuotesInOrder(seed, t).Count);
        Assert.True(children > 3 * themes.Count, "the seed's themes need several quotes each");

        // An empty page reads no property of the page: what is left is finding the parents and ordering their children.
        var hits = await DbHitsAsync(QueryCatalog.Embedded.Text(ManyParents), new() { ["ids"] = themes, ["skip"] = 0, ["limit"] = 0, ["withText"] = false });

        // Expanding to a child and reading its ordinal: 2 hits a child (its label and studyId too were 4), 4 a parent for its index seek.
        Assert.InRange(hits, 2 * children, (2 * children) + (4 * themes.Count) + 10);
    }

    [Fact]
    public async Task Every_theme_of_a_study_pages_its_quotes_in_one_round_trip_for_the_level()
    {
        var seed = await SeedAsync();
        var reply = await Fixture.GraphQLAsync($$"""
            { study(id: "{{SeedId}}") { themesConnection(first: 50) { nodes { id quotesConnection(first: 2, after: "b2Zmc2V0OjE=") { totalCount nodes { id } } } } } }
            """);
        Assert.False(reply.TryGetProperty("errors", out _), reply.ToString());

        var themes = reply.GetProperty("data").GetProperty("study").GetProperty("themesConnection").GetProperty("nodes").Items();
        Assert.Equal(seed.Themes.Select(t => Global(seed, t.Id)), themes.Select(t => t.Str("id")));
        foreach (var theme in themes)
        {
            var quotes = QuotesInOrder(seed, theme.Str("id"));
            var connection = theme.GetProperty("quotesConnection");
            Assert.Equal(quotes.Count, connection.GetProperty("totalCount").GetInt32());
            Assert.Equal(quotes.Skip(1).Take(2), connection.GetProperty("nodes").Strings("id")); // after the cursor of the first
        }

        var reads = reply.CypherReads();
        Assert.Single(reads, r => r == ManyParents);
        Assert.DoesNotContain(OneParent, reads);
    }

    // The quotes of a theme (its global id) in the document's order.
    private static List<string> QuotesInOrder(StudyDocument document, string themeId) =>
        document.Quotes.Where(q => q.Themes.Contains(themeId[(document.Id.Length + 1)..])).Select(q => Global(document, q.Id)).ToList();

    private static string? Id(CypherRecord record) => record.GetNullableString("id");


    // The transactional API answers a PROFILE with the plan and each operator's db hits beside the rows.
    private async Task<long> DbHitsAsync(string text, Dictionary<string, object?> parameters)
    {
        using var neo4j = RawNeo4j.Client();
        var endpoints = await Fixture.Database.EndpointsAsync();
        var body = new { statements = new[] { new { statement = $"PROFILE {text}", parameters } } };
        using var response = await neo4j.PostAsJsonAsync(endpoints.AutoCommitPath.TrimStart('/'), body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
        return Hits(json.RootElement.GetProperty("results")[0].GetProperty("plan").GetProperty("root"));
    }

    private static long Hits(JsonElement plan) =>
        (plan.TryGetProperty("DbHits", out var hits) ? hits.GetInt64() : 0)
        + (plan.TryGetProperty("children", out var children) ? children.EnumerateArray().Sum(Hits) : 0);
}

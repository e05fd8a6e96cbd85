using System.Text.Json;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.GraphQL;

/// <summary>
/// Root connections read one row more than the page instead of counting every match: the pages walked with
/// <c>after</c> must still give every record once, in order, with the right <c>hasNextPage</c> and cursors, and the
/// count must run (and be exact) exactly when <c>totalCount</c> is selected on the connection itself.
/// </summary>
public sealed class RootPagesIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string StudyId = "brooks-2023-bsme";

    private const string Walk = """
        query ($studyId: ID!, $first: Int, $after: String) {
          quotes(first: $first, after: $after, where: {studyId: $studyId}) {
            nodes { id } edges { cursor }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task Pages_walked_without_totalCount_give_every_record_once_in_order_and_end_where_the_records_end()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var all = await AllQuoteIdsAsync();
        Assert.True(all.Count > 20, $"the seed study has {all.Count} quotes");

        foreach (var first in new[] { 7, all.Count - 1, all.Count, all.Count + 1 })
        {
            var walked = new List<string>();
            string? after = null;
            var more = true;
            while (more)
            {
                var (reply, connection) = await PageAsync(first, after);
                var ids = connection.GetProperty("nodes").Strings("id").ToList();
                var pageInfo = connection.GetProperty("pageInfo");
                more = pageInfo.GetProperty("hasNextPage").GetBoolean();

                Assert.Equal(all.Skip(walked.Count).Take(first), ids);
                Assert.Equal(walked.Count + ids.Count < all.Count, more);
                Assert.Equal(walked.Count > 0, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
                Assert.Equal(connection.GetProperty("edges")[0].GetProperty("cursor").GetString(), pageInfo.GetProperty("startCursor").GetString());
                Assert.Equal(connection.GetProperty("edges")[ids.Count - 1].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
                Assert.DoesNotContain(reply.CypherReads(), r => r.EndsWith("/counted", StringComparison.Ordinal));
                Assert.Contains(reply.CypherReads(), r => r.EndsWith("/document-rows", StringComparison.Ordinal)); // no order asked: no sort keys
                walked.AddRange(ids);
                after = pageInfo.GetProperty("endCursor").GetString();
            }

            Assert.Equal(all, walked);

            // After the last record: an empty page, nothing next, no cursors.
            var (_, past) = await PageAsync(first, after);
            Assert.Equal(0, past.GetProperty("nodes").GetArrayLength());
            Assert.False(past.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            Assert.Equal(JsonValueKind.Null, past.GetProperty("pageInfo").GetProperty("endCursor").ValueKind);
        }

        // first: 0 reads no record but still says whether one follows.
        var (_, none) = await PageAsync(0, null);
        Assert.Equal(0, none.GetProperty("nodes").GetArrayLength());
        Assert.True(none.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task TotalCount_is_counted_only_when_the_connection_selects_it_and_is_exact_on_any_page()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(Path.Combine(RepositoryPaths.Samples, "c-change-2024.yaml"));
        var all = await AllQuoteIdsAsync();
        var threats = (await Fixture.DataAsync(
                "query ($id: ID!) { themes(first: 500, where: {studyId: $id, polarity: THREAT}) { nodes { id } } }", new { id = StudyId }))
            .GetProperty("themes").GetProperty("nodes").GetArrayLength();
        Assert.True(threats > 2, $"the seed study has {threats} threat themes");

        const string Counted = """
            query ($id: ID!, $after: String) {
              quotes(first: 3, after: $after, where: {studyId: $id}) { totalCount pageInfo { hasNextPage } nodes { id } }
              themes(first: 2, where: {studyId: $id, polarity: THREAT}) { ...counted nodes { id } }
            }
            fragment counted on ThemeConnection { totalCount }
            """;
        var first = await Fixture.GraphQLAsync(Counted, new { id = StudyId });
        var past = await Fixture.GraphQLAsync(Counted, new { id = StudyId, after = Cursor(all.Count + 10) });

        foreach (var reply in new[] { first, past })
        {
            Assert.Equal(all.Count, reply.GetProperty("data").GetProperty("quotes").GetProperty("totalCount").GetInt32());
            Assert.Equal(threats, reply.GetProperty("data").GetProperty("themes").GetProperty("totalCount").GetInt32());
            Assert.Contains("queries/pages/quotes/of-studies/document-counted", reply.CypherReads()); // no order asked: no sort keys
            Assert.Contains("queries/pages/themes/of-studies/document-counted", reply.CypherReads());
        }

        Assert.Equal(0, past.GetProperty("data").GetProperty("quotes").GetProperty("nodes").GetArrayLength());
        Assert.False(past.GetProperty("data").GetProperty("quotes").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var firstQuotes = first.GetProperty("data").GetProperty("quotes");
        Assert.Equal(all.Take(3), firstQuotes.GetProperty("nodes").Strings("id"));
        Assert.True(firstQuotes.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        // A totalCount below the connection (a nested connection's) does not make the root count.
        var nested = await Fixture.GraphQLAsync(
            "query ($id: ID!) { themes(first: 2, where: {studyId: $id}) { nodes { id quotesConnection(first: 1) { totalCount } } } }", new { id = StudyId });
        Assert.Contains("queries/pages/themes/of-studies/document-rows", nested.CypherReads());
        Assert.DoesNotContain(nested.CypherReads(), r => r.StartsWith("queries/pages/", StringComparison.Ordinal) && r.EndsWith("counted", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "document-counted")]
    [InlineData("{by: PARTICIPANT, direction: DESC}", "counted")]
    [InlineData("{by: PARTICIPANT}", "counted")]
    public async Task Counted_pages_give_the_records_of_uncounted_pages_in_the_same_order_and_the_exact_total_on_every_page(string? order, string tail)
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.SecondSample); // a study without quotes
        var query = $$"""
            query ($id: ID!, $first: Int, $after: String) {
              counted: quotes(first: $first, after: $after, where: {studyId: $id}{{(order is null ? "" : ", order: " + order)}}) {
                totalCount pageInfo { hasNextPage endCursor } nodes { id }
              }
              uncounted: quotes(first: $first, after: $after, where: {studyId: $id}{{(order is null ? "" : ", order: " + order)}}) {
                pageInfo { hasNextPage } nodes { id }
              }
            }
            """;
        var all = (await Fixture.DataAsync(query, new { id = StudyId, first = 500 })).GetProperty("uncounted").GetProperty("nodes").Strings("id").ToList();
        Assert.True(all.Count > 20, $"the seed study has {all.Count} quotes");

        var walked = new List<string>();
        string? after = null;
        for (var more = true; more;)
        {
            var reply = await Fixture.GraphQLAsync(query, new { id = StudyId, first = 7, after });
            var counted = reply.GetProperty("data").GetProperty("counted");
            var uncounted = reply.GetProperty("data").GetProperty("uncounted");
            var ids = counted.GetProperty("nodes").Strings("id").ToList();
            Assert.Equal(uncounted.GetProperty("nodes").Strings("id"), ids);
            Assert.Equal(all.Count, counted.GetProperty("totalCount").GetInt32());
            more = counted.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            Assert.Equal(uncounted.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean(), more);
            Assert.Contains($"queries/pages/quotes/of-studies/{tail}", reply.CypherReads());
            walked.AddRange(ids);
            after = counted.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(all, walked);

        // No record asked for, or none left: still the total (the tail answers one row with a null id to carry it).
        foreach (var (first, cursor) in new[] { (0, (string?)null), (7, Cursor(all.Count + 3)) })
        {
            var empty = (await Fixture.DataAsync(query, new { id = StudyId, first, after = cursor })).GetProperty("counted");
            Assert.Equal(0, empty.GetProperty("nodes").GetArrayLength());
            Assert.Equal(all.Count, empty.GetProperty("totalCount").GetInt32());
            Assert.Equal(first == 0, empty.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        }

        // A match of nothing counts 0.
        var nothing = (await Fixture.DataAsync(query, new { id = "c-change-2024", first = 7 })).GetProperty("counted");
        Assert.Equal(0, nothing.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, nothing.GetProperty("nodes").GetArrayLength());
    }

    private async Task<List<string>> AllQuoteIdsAsync() =>
        (await Fixture.DataAsync("query ($id: ID!) { quotes(first: 500, where: {studyId: $id}) { nodes { id } } }", new { id = StudyId }))
            .GetProperty("quotes").GetProperty("nodes").Strings("id").ToList();

    private async Task<(JsonElement Reply, JsonElement Connection)> PageAsync(int first, string? after)
    {
        var reply = await Fixture.GraphQLAsync(Walk, new { studyId = StudyId, first, after });
        Assert.False(reply.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return (reply, reply.GetProperty("data").GetProperty("quotes"));
    }

    private static string Cursor(int offset) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("offset:" + offset));
}

using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Security;

/// <summary>The cost of a request (fields × list sizes) is computed before it runs, reported, and refused above the limit.</summary>
public sealed class QueryCostIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    /// <summary>The 537-byte query that answered 1.33 GB after 129 s: four pages of 500 quotes, each with its themes' quotes and its participant's quotes.</summary>
    public const string ReportedQuery = """
        { a: quotes(first: 500) { nodes { text themes { name quotes { text } } participant { label quotes { text } } } }
          b: quotes(first: 500) { nodes { text themes { name quotes { text } } participant { label quotes { text } } } }
          c: quotes(first: 500) { nodes { text themes { name quotes { text } } participant { label quotes { text } } } }
          d: quotes(first: 500) { nodes { text themes { name quotes { text } } participant { label quotes { text } } } } }
        """;

    [Fact]
    public async Task The_reported_537_byte_query_is_refused_before_any_Cypher_runs_and_says_what_it_would_cost()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);

        var reply = await Fixture.GraphQLAsync(ReportedQuery);

        var (message, code) = Replies.SingleError(reply);
        Assert.Equal("LIMIT_EXCEEDED", code);
        Assert.Contains("Realist:Limits:MaxQueryCost", message, StringComparison.Ordinal);
        Assert.Equal(0, Replies.RoundTrips(reply));
        var cost = reply.GetProperty("extensions").GetProperty("cost");
        Assert.True(cost.GetProperty("requested").GetInt64() > cost.GetProperty("limit").GetInt64(), cost.ToString());
        var limit = reply.GetProperty("errors")[0].GetProperty("extensions").GetProperty("limit");
        Assert.Equal("Realist:Limits:MaxQueryCost", limit.Str("name"));
        Assert.Equal(cost.GetProperty("limit").GetInt64(), limit.GetProperty("value").GetInt64());
        Assert.Equal(cost.GetProperty("requested").GetInt64(), limit.GetProperty("requested").GetInt64());
    }

    [Fact]
    public async Task The_cost_grows_with_first_and_with_nested_lists_and_is_reported_on_answered_requests()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);

        var small = await CostAsync("{ quotes(first: 10) { nodes { text } } }");
        var large = await CostAsync("{ quotes(first: 100) { nodes { text } } }");
        var nested = await CostAsync("{ quotes(first: 10) { nodes { text themes { name } } } }");
        var defaultPage = await CostAsync("{ quotes { nodes { text } } }");

        // quotes + nodes + one text per quote; a quote's themes are an unpaged list of (assumed) 20.
        Assert.Equal(1 + 1 + 10, small);
        Assert.Equal(1 + 1 + 100, large);
        Assert.Equal(1 + 1 + 50, defaultPage);
        Assert.Equal(1 + 1 + (10 * (1 + 1 + 20)), nested);
    }

    [Fact]
    public async Task A_page_size_given_as_a_variable_counts_like_a_literal()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);

        var reply = await Fixture.GraphQLAsync("query($n: Int) { quotes(first: $n) { nodes { text themes { name quotes { text } } } } }", new { n = 500 });

        Assert.Equal("LIMIT_EXCEEDED", Replies.SingleError(reply).Code);
        Assert.Equal(0, Replies.RoundTrips(reply));
    }

    [Fact]
    public async Task A_query_nested_deeper_than_allowed_is_refused_naming_the_depth_limit()
    {
        var deep = "{ study(id: \"x\") " + string.Concat(Enumerable.Repeat("{ themes { quotes ", 8)) + "{ id }" + new string('}', 16) + " }";

        var reply = await Fixture.GraphQLAsync(deep);

        var errors = reply.GetProperty("errors").Items();
        Assert.Contains(errors, e => e.Str("message").Contains("Realist:Limits:MaxQueryDepth", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("LIMIT_EXCEEDED", e.GetProperty("extensions").Str("code")));
    }

    private async Task<double> CostAsync(string query)
    {
        var reply = await Fixture.GraphQLAsync(query);
        Assert.False(reply.TryGetProperty("errors", out var errors), errors.ToString());
        return reply.GetProperty("extensions").GetProperty("cost").GetProperty("requested").GetDouble();
    }
}

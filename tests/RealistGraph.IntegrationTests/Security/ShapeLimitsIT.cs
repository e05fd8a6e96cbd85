using System.Net;
using System.Text;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Security;

/// <summary>Documents built to multiply work or errors cheaply are refused before they run, naming the limit.</summary>
public sealed class ShapeLimitsIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task Five_hundred_aliases_of_cogModel_are_refused_before_any_Cypher_runs()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 500).Select(i => $"c{i}: cogModel {{ unit }}")) + " }";

        var reply = await Fixture.GraphQLAsync(query);

        var errors = reply.GetProperty("errors").Items();
        Assert.Contains(errors, e => e.Str("message").Contains("Realist:Limits:MaxAliases", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("LIMIT_EXCEEDED", e.GetProperty("extensions").Str("code")));
        Assert.Equal(0, Replies.RoundTrips(reply));
    }

    [Fact]
    public async Task Twenty_five_aliases_of_cogModel_are_refused_as_one_field_repeated()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 25).Select(i => $"c{i}: cogModel {{ unit cogs {{ supports }} }}")) + " }";

        var reply = await Fixture.GraphQLAsync(query);

        Assert.Contains("Realist:Limits:MaxFieldRepeats", Replies.SingleError(reply).Message, StringComparison.Ordinal);
        Assert.Equal(0, Replies.RoundTrips(reply));
    }

    [Fact]
    public async Task One_field_repeated_without_aliases_is_refused()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("studies { totalCount } ", 50)) + "}";

        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync(query));

        Assert.Equal("LIMIT_EXCEEDED", code);
        Assert.Contains("'studies' is asked for 50 times", message, StringComparison.Ordinal);
        Assert.Contains("Realist:Limits:MaxFieldRepeats", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_thousand_repeated_directives_answer_a_few_errors_not_a_megabyte()
    {
        // Short enough for the document size limit; each unknown, repeated directive used to answer its own errors.
        var query = "{ studies " + string.Concat(Enumerable.Repeat("@a ", 5000)) + "{ totalCount } }";

        using var response = await Fixture.Http.PostAsync("/graphql", Json(new { query }));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(text.Length < 20_000, $"{text.Length} bytes of errors");
        var errors = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("errors").Items();
        Assert.True(errors.Count <= 21, $"{errors.Count} errors");
        Assert.Contains(errors, e => e.Str("message").Contains("Realist:Limits:MaxDirectives", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Str("message").Contains("Realist:Limits:MaxErrors", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_query_document_longer_than_allowed_is_a_400_naming_the_limit()
    {
        var query = "{ studies { totalCount } }" + new string(' ', 30_000);

        using var response = await Fixture.Http.PostAsync("/graphql", Json(new { query }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("LIMIT_EXCEEDED", error.GetProperty("extensions").Str("code"));
        Assert.Equal("Realist:Limits:MaxQueryLength", error.GetProperty("extensions").GetProperty("limit").Str("name"));
    }

    [Fact]
    public async Task GraphiQLs_introspection_and_every_web_page_query_stay_within_the_limits()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var web = Path.Combine(RepositoryPaths.Root, "web", "src", "js");
        var sources = await Task.WhenAll(Directory.EnumerateFiles(web, "*.js", SearchOption.AllDirectories).Select(f => File.ReadAllTextAsync(f)));
        var queries = sources
            .SelectMany(source => System.Text.RegularExpressions.Regex.Matches(source, @"`(query \w+[^`]*)`").Select(m => m.Groups[1].Value))
            .Select(q => q.Replace("${QUOTE_FIELDS}", "id text polarity participant { id label site }", StringComparison.Ordinal)
                .Replace("${QUOTE}", "id text polarity participant { id label site }", StringComparison.Ordinal)
                .Replace("${DOMAIN}", "id name canonicalDomain", StringComparison.Ordinal)
                .Replace("${COG}", "domain { id name canonicalDomain } supports threats salience rotation direction", StringComparison.Ordinal)
                .Replace("${LINK}", "id relation rationale author createdAt from { ${FINDING} } to { ${FINDING} }", StringComparison.Ordinal)
                .Replace("${FINDING}", EveryFindingKind, StringComparison.Ordinal))
            .ToList();
        Assert.True(queries.Count >= 4, $"found {queries.Count} page queries");
        Assert.DoesNotContain(queries, q => q.Contains("${", StringComparison.Ordinal));

        foreach (var query in queries)
        {
            var reply = await Fixture.GraphQLAsync(query, new
            {
                id = "brooks-2023-bsme",
                studyId = "brooks-2023-bsme",
                studyIds = new[] { "brooks-2023-bsme" },
                canonicalDomain = "structural",
                themeIds = new[] { "brooks-2023-bsme/communities-of-practice" },
                quoteIds = Array.Empty<string>(),
                a = "brooks-2023-bsme",
            });
            Assert.False(reply.TryGetProperty("errors", out var errors), query + "\n" + errors);
        }
    }

    // The links page's selection of a Finding (web/src/js/links/findings.js): every member of the union with its fields.
    private const string EveryFindingKind = "__typename ... on Theme { id studyId name code polarity } ... on Mechanism { id studyId name } "
        + "... on CmoConfiguration { id studyId statement } ... on Context { id studyId description } ... on Outcome { id studyId description } "
        + "... on Intervention { id studyId name } ... on Function { id studyId name } ... on Activity { id studyId name }";

    private static StringContent Json(object body) => new(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}

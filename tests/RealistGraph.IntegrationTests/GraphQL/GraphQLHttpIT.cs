using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.GraphQL;

/// <summary>GraphQL over real HTTP: methods, media types, status codes, limits, and the schema document.</summary>
public sealed class GraphQLHttpIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task A_query_over_GET_is_answered_as_graphql_response_json()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);

        using var response = await Fixture.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ studies { totalCount } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, json.GetProperty("data").GetProperty("studies").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Variables_over_GET_are_read_as_json()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var query = Uri.EscapeDataString("query($id: ID!) { study(id: $id) { year } }");
        var variables = Uri.EscapeDataString("""{"id":"brooks-2023-bsme"}""");

        var json = JsonDocument.Parse(await Fixture.Http.GetStringAsync($"/graphql?query={query}&variables={variables}")).RootElement;

        Assert.Equal(2023, json.GetProperty("data").GetProperty("study").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused()
    {
        var query = Uri.EscapeDataString("mutation { removeLink(id: \"x\") { id } }");

        using var response = await Fixture.Http.GetAsync($"/graphql?query={query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("POST", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_with_a_message()
    {
        using var content = new StringContent("{ not json", Encoding.UTF8, "application/json");
        using var response = await Fixture.Http.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_query_that_does_not_validate_is_a_400_under_graphql_response_json_and_a_200_under_plain_json()
    {
        using var strict = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(new { query = "{ studies { nodes { nonsense } } }" }) };
        strict.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var plain = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(new { query = "{ studies { nodes { nonsense } } }" }) };
        plain.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var strictResponse = await Fixture.Http.SendAsync(strict);
        using var plainResponse = await Fixture.Http.SendAsync(plain);

        Assert.Equal(HttpStatusCode.BadRequest, strictResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, plainResponse.StatusCode);
        Assert.Equal("application/json", plainResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nonsense", await plainResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_too_deep_and_too_complex_is_refused_before_it_runs()
    {
        var deep = "{ studies { nodes { themes { quotes { themes { quotes { themes { quotes { themes { quotes { themes { quotes { themes { quotes { id } } } } } } } } } } } } } } }";

        var reply = await Fixture.GraphQLAsync(deep);

        Assert.Equal("LIMIT_EXCEEDED", reply.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, reply.GetProperty("extensions").GetProperty("cypherRoundTrips").GetInt32());
    }

    [Fact]
    public async Task Introspection_is_on()
    {
        var data = await Fixture.DataAsync("{ __type(name: \"Polarity\") { enumValues { name } } }");

        Assert.Equal(["SUPPORT", "THREAT", "MIXED"], data.GetProperty("__type").GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_bad_cursor_or_page_size_names_the_argument()
    {
        var reply = await Fixture.GraphQLAsync("{ themes(first: 1000) { totalCount } t2: themes(after: \"nonsense\") { totalCount } }");

        var messages = reply.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith("first:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("after:", StringComparison.Ordinal));
        Assert.All(reply.GetProperty("errors").EnumerateArray(), e => Assert.Equal("VALIDATION", e.GetProperty("extensions").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task The_committed_schema_document_matches_the_served_schema()
    {
        var served = await Fixture.Http.GetStringAsync("/graphql/schema.graphql");
        var path = Path.Combine(RepositoryPaths.Root, "schema", "realist.graphql");
        if (Environment.GetEnvironmentVariable("REALIST_WRITE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        Assert.True(File.Exists(path), "schema/realist.graphql is missing: run the tests once with REALIST_WRITE_SCHEMA=1");
        Assert.True(
            served == await File.ReadAllTextAsync(path),
            "schema/realist.graphql is stale: the code's schema changed. Regenerate it with REALIST_WRITE_SCHEMA=1 ./realist test (or curl /graphql/schema.graphql) and review the diff.");
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}

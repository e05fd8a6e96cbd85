using System.Net;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Security;

/// <summary>The service as the image runs it (Production): no GraphiQL, no introspection, CORS only for the configured origin.</summary>
public sealed class ProductionSettingsIT(RealistGraphFixture fixture, ProductionService production) : GraphTest(fixture), IClassFixture<ProductionService>
{
    [Fact]
    public async Task GraphiQL_and_the_schema_document_are_not_served()
    {
        using var graphiql = await production.Http.GetAsync("/graphiql");
        using var page = await production.Http.GetAsync("/graphiql/index.html");
        using var schema = await production.Http.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.NotFound, graphiql.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, schema.StatusCode);
    }

    [Fact]
    public async Task Introspection_is_refused_but_the_cogs_pages_question_and_typename_are_answered()
    {
        var refused = await Post("{ __schema { types { name } } }");
        var (message, code) = Replies.SingleError(refused);
        Assert.Equal("INTROSPECTION_DISABLED", code);
        Assert.Contains("Realist:Introspection", message, StringComparison.Ordinal);
        Assert.Equal("INTROSPECTION_DISABLED", Replies.SingleError(await Post("{ __type(name: \"Study\") { fields { name type { name } } } }")).Code);

        var fields = await Post("query QueryFields { __type(name: \"Query\") { fields { name } } }");
        Assert.Contains(fields.GetProperty("data").GetProperty("__type").GetProperty("fields").Items(), f => f.Str("name") == "cogModel");
        Assert.Equal("Query", (await Post("{ __typename }")).GetProperty("data").Str("__typename"));
    }

    [Fact]
    public async Task A_configured_origin_passes_the_preflight_and_another_does_not()
    {
        using var allowed = await production.Http.SendAsync(CrossSiteIT.Preflight(ProductionService.AllowedOrigin));
        using var other = await production.Http.SendAsync(CrossSiteIT.Preflight("https://evil.example"));

        Assert.Equal(ProductionService.AllowedOrigin, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<System.Text.Json.JsonElement> Post(string query)
    {
        using var response = await production.Http.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query }));
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

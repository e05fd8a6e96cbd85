using System.Net;
using System.Net.Http.Headers;
using System.Text;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Security;

/// <summary>
/// A page on another site can POST a form or text/plain to the service without the browser asking first (no CORS
/// preflight): such bodies are refused with 415 before anything runs, so a mutation cannot be forged cross-site.
/// </summary>
public sealed class CrossSiteIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string DeleteSeed = """mutation { deleteStudy(id: "brooks-2023-bsme") { id } }""";

    public static TheoryData<string> CrossSiteBodies => ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "none"];

    [Theory]
    [MemberData(nameof(CrossSiteBodies))]
    public async Task A_mutation_in_a_body_any_web_site_can_send_is_refused_with_415_and_nothing_is_deleted(string contentType)
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var body = contentType switch
        {
            "application/x-www-form-urlencoded" => "query=" + Uri.EscapeDataString(DeleteSeed),
            "text/plain" => System.Text.Json.JsonSerializer.Serialize(new { query = DeleteSeed }),
            _ => DeleteSeed,
        };
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType != "none")
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Add("Origin", "https://evil.example");
        using var response = await Fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var error = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", error.GetProperty("extensions").Str("code"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        var studies = await Fixture.DataAsync("{ study(id: \"brooks-2023-bsme\") { id } }");
        Assert.Equal("brooks-2023-bsme", studies.GetProperty("study").Str("id"));
    }

    [Fact]
    public async Task Json_and_graphql_bodies_still_run()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        foreach (var (type, body) in new[]
        {
            ("application/json; charset=utf-8", """{"query":"{ studies { totalCount } }"}"""),
            ("application/graphql-response+json", """{"query":"{ studies { totalCount } }"}"""),
            ("application/graphql", "{ studies { totalCount } }"),
        })
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            using var response = await Fixture.Http.PostAsync("/graphql", content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"totalCount\":1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_configured_origins_a_preflight_from_another_site_is_not_allowed()
    {
        using var preflight = Preflight("https://evil.example");

        using var response = await Fixture.Http.SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    internal static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}

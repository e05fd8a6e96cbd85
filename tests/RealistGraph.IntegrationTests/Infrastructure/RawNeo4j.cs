using System.Net.Http.Headers;
using System.Text;

namespace RealistGraph.IntegrationTests.Infrastructure;

/// <summary>
/// An HTTP client straight to the test Neo4j (<c>NEO4J_URL</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>), for what the
/// service's own client does not offer: EXPLAIN and PROFILE plans, transactions held open by a test.
/// </summary>
internal static class RawNeo4j
{
    public static HttpClient Client()
    {
        var url = Environment.GetEnvironmentVariable("NEO4J_URL") ?? throw new InvalidOperationException("NEO4J_URL is not set.");
        var user = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j";
        var password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "";
        var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return client;
    }
}

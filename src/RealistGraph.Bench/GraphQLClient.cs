using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace RealistGraph.Bench;

/// <summary>One GraphQL request as the benchmark sees it: the wall time and the Cypher round trips the service reports.</summary>
public sealed record GraphQLSample(TimeSpan Latency, int RoundTrips, JsonElement Data);

/// <summary>
/// Posts GraphQL over real HTTP and reads <c>extensions.cypherRoundTrips</c> (present when Realist:Debug is on). It
/// sends and reads as the floor's client talks to Neo4j (<c>Neo4jConnection</c>): the body serialised first and sent
/// with its length, the reply read whole and parsed once.
/// </summary>
public sealed class GraphQLClient(HttpClient http)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<GraphQLSample> PostAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        using var request = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { query, variables }));
        request.Headers.ContentType = Json;
        using var response = await http.PostAsync("/graphql", request, cancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        var elapsed = clock.Elapsed;
        var root = json.RootElement;
        if (root.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"GraphQL errors: {errors}");
        }

        var roundTrips = root.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("cypherRoundTrips", out var count)
            ? count.GetInt32()
            : throw new InvalidOperationException("The reply has no extensions.cypherRoundTrips: is Realist:Debug on?");
        return new GraphQLSample(elapsed, roundTrips, root.GetProperty("data").Clone());
    }

    /// <summary>
    /// One request to the service that does no GraphQL and no database work (<c>GET /health/live</c>, no check runs):
    /// the cost of the HTTP hop to the service alone, which any read through it pays on top of its database work.
    /// </summary>
    public async Task HopAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("/health/live", cancellationToken);
        response.EnsureSuccessStatusCode();
        GC.KeepAlive(await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }
}

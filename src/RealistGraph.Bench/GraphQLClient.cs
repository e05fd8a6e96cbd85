using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace RealistGraph.Bench;

/// <summary>One GraphQL request as the benchmark sees it: the wall time and the Cypher round trips the service reports.</summary>
public sealed record GraphQLSample(TimeSpan Latency, int RoundTrips, JsonElement Data);

/// <summary>Posts GraphQL over real HTTP and reads <c>extensions.cypherRoundTrips</c> (present when Realist:Debug is on).</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public async Task<GraphQLSample> PostAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables }, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
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
}

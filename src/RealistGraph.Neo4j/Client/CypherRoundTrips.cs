using System.Collections.Concurrent;

namespace RealistGraph.Neo4j.Client;

/// <summary>
/// Counts the HTTP round trips to Neo4j made inside a scope (one GraphQL request, one import).
/// The count is what "no N+1" is measured by: it must grow with the depth of a selection, never with its rows.
/// </summary>
public sealed class CypherRoundTrips
{
    private static readonly AsyncLocal<CypherRoundTrips?> CurrentScope = new();
    private readonly ConcurrentQueue<CypherRead> _reads = new();
    private int _count;

    public int Count => _count;

    /// <summary>The record reads of the scope, in order, and whether each fetched long texts (debug replies show them).</summary>
    public IReadOnlyList<CypherRead> Reads => [.. _reads];

    public static CypherRoundTrips? Current => CurrentScope.Value;

    /// <summary>Starts counting for the current async flow; disposing the returned handle stops it.</summary>
    public static IDisposable BeginScope(out CypherRoundTrips counter)
    {
        var previous = CurrentScope.Value;
        counter = new CypherRoundTrips();
        CurrentScope.Value = counter;
        return new Scope(previous);
    }

    internal static void Record()
    {
        if (CurrentScope.Value is { } scope)
        {
            Interlocked.Increment(ref scope._count);
        }
    }

    internal static void RecordRead(string query, bool withText) => CurrentScope.Value?._reads.Enqueue(new CypherRead(query, withText));

    private sealed class Scope(CypherRoundTrips? previous) : IDisposable
    {
        public void Dispose() => CurrentScope.Value = previous;
    }
}

/// <summary>One named read and whether it asked for long texts (<c>$withText</c>).</summary>
public sealed record CypherRead(string Query, bool WithText);

using System.Text.Json;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Wire;

/// <summary>The request and reply JSON of one of Neo4j's HTTP Cypher APIs.</summary>
public interface IWireFormat
{
    /// <summary>Whether one request may carry several statements (it saves round trips where it can).</summary>
    bool CarriesManyStatements { get; }

    /// <summary>The body of a request that runs these statements (one, where <see cref="CarriesManyStatements"/> is false).</summary>
    byte[] RequestBody(IReadOnlyList<CypherStatement> statements);

    /// <summary>The body of a request that only keeps an open transaction alive.</summary>
    byte[] KeepAliveBody();

    /// <summary>
    /// Reads the results, or throws the <see cref="Neo4jException"/> the reply's error code maps to. Without
    /// <paramref name="copy"/> the rows point into <paramref name="reply"/> and must be read before it is disposed.
    /// </summary>
    IReadOnlyList<CypherResult> ParseResults(JsonElement reply, bool copy = true);

    /// <summary>Reads where an opened transaction lives and when it expires.</summary>
    ServerTransaction ParseBegin(JsonElement reply, Uri? location, string beginPath, string? affinity);
}

/// <summary>An open server-side transaction: where to send more statements, where to commit, and when it lapses.</summary>
public sealed record ServerTransaction(string RunPath, string CommitPath, DateTimeOffset? Expires, string? Affinity);

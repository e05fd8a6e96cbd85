using System.Text.Json;

namespace RealistGraph.Neo4j.Client;

/// <summary>
/// Reads the discovery document at <c>GET /</c>. 3.x answers with a <c>data</c> link; 4.x and 5.x with a
/// <c>transaction</c> URL template and <c>neo4j_version</c>; 5.19+ also with <c>query</c>, which is preferred
/// because it is the only API on Aura.
/// </summary>
public static class ServerDiscovery
{
    public static ServerEndpoints Parse(JsonElement root, string database)
    {
        string? version = root.TryGetProperty("neo4j_version", out var v) ? v.GetString() : null;
        if (root.TryGetProperty("query", out var query) && query.GetString() is { } queryTemplate)
        {
            return new ServerEndpoints(CypherApi.QueryV2, version, PathOf(queryTemplate, database));
        }

        if (root.TryGetProperty("transaction", out var tx) && tx.GetString() is { } txTemplate)
        {
            return new ServerEndpoints(CypherApi.Transactional, version, PathOf(txTemplate, database));
        }

        if (root.TryGetProperty("data", out _))
        {
            return new ServerEndpoints(CypherApi.Transactional3, version, "/db/data/transaction");
        }

        throw new InvalidOperationException(
            "The server's discovery document names neither a 'query', a 'transaction' nor a 'data' endpoint: is this Neo4j?");
    }

    private static string PathOf(string template, string database)
    {
        var filled = template.Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal);
        return Uri.TryCreate(filled, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/') : filled.TrimEnd('/');
    }
}

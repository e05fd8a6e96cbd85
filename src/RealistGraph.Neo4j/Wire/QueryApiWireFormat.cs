using System.Text.Json;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Wire;

/// <summary>
/// The Query API of Neo4j 5.19+ and Aura (<c>/db/{db}/query/v2</c>): one statement per request,
/// <c>{"statement","parameters"}</c> in, <c>{"data":{"fields","values"}}</c> out; explicit transactions under
/// <c>/tx/{id}</c>, tied to one cluster member by the <c>neo4j-cluster-affinity</c> header.
/// It cannot run on the 3.1 test server; its JSON handling is covered by contract tests on the documented replies.
/// </summary>
public sealed class QueryApiWireFormat : IWireFormat
{
    public bool CarriesManyStatements => false;

    public byte[] RequestBody(IReadOnlyList<CypherStatement> statements)
    {
        if (statements.Count != 1)
        {
            throw new ArgumentException("The Query API takes one statement per request.", nameof(statements));
        }

        return JsonSerializer.SerializeToUtf8Bytes(
            new { statement = statements[0].Text, parameters = statements[0].Parameters }, CypherJson.Options);
    }

    public byte[] KeepAliveBody() => """{"statement":"RETURN 1"}"""u8.ToArray();

    public IReadOnlyList<CypherResult> ParseResults(JsonElement reply, bool copy = true)
    {
        WireErrors.ThrowIfAny(reply);
        if (!reply.TryGetProperty("data", out var data))
        {
            return [new CypherResult([], [])];
        }

        var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString() ?? "").ToList();
        // One copy of the values outlives the reply's pooled buffers; the rows point into it (a copy per value cost more than the parse).
        var values = copy ? data.GetProperty("values").Clone() : data.GetProperty("values");
        var rows = new List<JsonElement[]>(values.GetArrayLength());
        foreach (var row in values.EnumerateArray())
        {
            rows.Add([.. row.EnumerateArray()]);
        }

        return [new CypherResult(fields, rows)];
    }

    public ServerTransaction ParseBegin(JsonElement reply, Uri? location, string beginPath, string? affinity)
    {
        WireErrors.ThrowIfAny(reply);
        var tx = reply.GetProperty("transaction");
        var id = tx.GetProperty("id").GetString() ?? throw new InvalidOperationException("Neo4j opened a transaction without an id.");
        var runPath = $"{beginPath}/{Uri.EscapeDataString(id)}";
        return new ServerTransaction(runPath, runPath + "/commit", WireErrors.ParseExpiry(tx), affinity);
    }
}

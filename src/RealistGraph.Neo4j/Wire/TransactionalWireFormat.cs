using System.Text.Json;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Wire;

/// <summary>
/// The transactional HTTP API (3.x <c>/db/data/transaction</c>, 4.x/5.x <c>/db/{db}/tx</c>):
/// <c>{"statements":[{"statement","parameters"}]}</c> in, <c>{"results":[{"columns","data":[{"row"}]}],"errors"}</c> out.
/// </summary>
public sealed class TransactionalWireFormat : IWireFormat
{
    private static readonly string[] RowsOnly = ["row"];

    public bool CarriesManyStatements => true;

    public byte[] RequestBody(IReadOnlyList<CypherStatement> statements) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                statements = statements.Select(s => new { statement = s.Text, parameters = s.Parameters, resultDataContents = RowsOnly }),
            },
            CypherJson.Options);

    public byte[] KeepAliveBody() => """{"statements":[]}"""u8.ToArray();

    public IReadOnlyList<CypherResult> ParseResults(JsonElement reply, bool copy = true)
    {
        WireErrors.ThrowIfAny(reply);
        if (!reply.TryGetProperty("results", out var results))
        {
            return [];
        }

        // One copy of the results outlives the reply's pooled buffers; the rows point into it (a copy per value cost more than the parse).
        return (copy ? results.Clone() : results).EnumerateArray().Select(ParseResult).ToList();
    }

    public ServerTransaction ParseBegin(JsonElement reply, Uri? location, string beginPath, string? affinity)
    {
        WireErrors.ThrowIfAny(reply);
        var commitUrl = reply.TryGetProperty("commit", out var commit) ? commit.GetString() : null;
        var runPath = location is not null
            ? (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString)
            : commitUrl is not null ? PathOf(commitUrl)[..^"/commit".Length] : throw new InvalidOperationException("Neo4j opened a transaction but did not say where it is.");
        var expires = reply.TryGetProperty("transaction", out var tx) ? WireErrors.ParseExpiry(tx) : null;
        return new ServerTransaction(runPath, runPath + "/commit", expires, affinity);
    }

    private static string PathOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;

    private static CypherResult ParseResult(JsonElement result)
    {
        var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString() ?? "").ToList();
        var rows = new List<JsonElement[]>();
        if (result.TryGetProperty("data", out var data))
        {
            rows.Capacity = data.GetArrayLength();
            foreach (var d in data.EnumerateArray())
            {
                rows.Add([.. d.GetProperty("row").EnumerateArray()]);
            }
        }

        return new CypherResult(columns, rows);
    }
}

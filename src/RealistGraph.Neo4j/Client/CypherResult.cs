using System.Text.Json;

namespace RealistGraph.Neo4j.Client;

/// <summary>The rows one statement returned.</summary>
public sealed class CypherResult
{
    public CypherResult(IReadOnlyList<string> columns, IReadOnlyList<JsonElement[]> rows)
    {
        Columns = columns;
        var index = columns.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        Records = rows.Select(values => new CypherRecord(index, values)).ToList();
    }

    public IReadOnlyList<string> Columns { get; }

    internal IReadOnlyList<CypherRecord> Records { get; }

    internal CypherRecord Single() => Records.Count == 1
        ? Records[0]
        : throw new InvalidOperationException($"Expected one row, the query returned {Records.Count}.");

    internal CypherRecord? SingleOrDefault() => Records.Count == 0 ? null : Single();
}

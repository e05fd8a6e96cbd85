using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Import;

/// <summary>
/// Splits the UNWIND statements of an import into requests of at most <c>maxRows</c> rows: a long row list becomes
/// several statements of the same query, and short ones share a request. Order is kept, so a row is always written
/// after the rows it refers to. Requests are made one at a time as they are read, so only one batch of rows is held.
/// </summary>
internal static class RowBatches
{
    public static IEnumerable<List<CypherStatement>> Split(IEnumerable<CypherStatement> statements, int maxRows)
    {
        var current = new List<CypherStatement>();
        var rowsInCurrent = 0;
        foreach (var piece in statements.SelectMany(s => Pieces(s, maxRows)))
        {
            var rows = Rows(piece)?.Count ?? 1;
            if (current.Count > 0 && rowsInCurrent + rows > maxRows)
            {
                yield return current;
                current = [];
                rowsInCurrent = 0;
            }

            current.Add(piece);
            rowsInCurrent += rows;
            if (rowsInCurrent >= maxRows)
            {
                // Full: sent before the next piece's rows are made.
                yield return current;
                current = [];
                rowsInCurrent = 0;
            }
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static IEnumerable<CypherStatement> Pieces(CypherStatement statement, int maxRows)
    {
        if (Rows(statement) is not { } rows || rows.Count <= maxRows)
        {
            yield return statement;
            yield break;
        }

        foreach (var chunk in rows.Chunk(maxRows))
        {
            yield return statement with { Parameters = new Dictionary<string, object?>(statement.Parameters) { ["rows"] = chunk.ToList() } };
        }
    }

    private static IReadOnlyList<Dictionary<string, object?>>? Rows(CypherStatement statement) =>
        statement.Parameters.TryGetValue("rows", out var rows) ? rows as IReadOnlyList<Dictionary<string, object?>> : null;
}

using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Import;

/// <summary>
/// Splits the UNWIND statements of an import into requests of at most <c>maxRows</c> rows: a long row list becomes
/// several statements of the same query, and short ones share a request. Order is kept, so a row is always written
/// after the rows it refers to.
/// </summary>
internal static class RowBatches
{
    public static List<List<CypherStatement>> Split(IEnumerable<CypherStatement> statements, int maxRows)
    {
        var requests = new List<List<CypherStatement>>();
        var current = new List<CypherStatement>();
        var rowsInCurrent = 0;
        foreach (var piece in statements.SelectMany(s => Pieces(s, maxRows)))
        {
            var rows = Rows(piece)?.Count ?? 1;
            if (current.Count > 0 && rowsInCurrent + rows > maxRows)
            {
                requests.Add(current);
                current = [];
                rowsInCurrent = 0;
            }

            current.Add(piece);
            rowsInCurrent += rows;
        }

        if (current.Count > 0)
        {
            requests.Add(current);
        }

        return requests;
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

    private static List<Dictionary<string, object?>>? Rows(CypherStatement statement) =>
        statement.Parameters.TryGetValue("rows", out var rows) ? rows as List<Dictionary<string, object?>> : null;
}

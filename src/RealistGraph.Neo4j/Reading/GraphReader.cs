using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.Neo4j.Reading;

/// <summary>
/// The three shapes every read takes: nodes by ids, children of many parents at once, and a filtered page.
/// Each is one statement whatever the number of ids, which is what keeps GraphQL free of N+1 round trips.
/// </summary>
public sealed class GraphReader(IGraphDatabase database, QueryCatalog catalog)
{
    public async Task<IReadOnlyDictionary<string, T>> ByIdsAsync<T>(
        string query, IReadOnlyCollection<string> ids, Func<CypherRecord, T> map, bool withText, CancellationToken cancellationToken = default)
    {
        var result = await database.RunAsync(
            catalog.Statement(query, new Dictionary<string, object?> { ["ids"] = ids, ["withText"] = withText }), cancellationToken);
        return result.Records.ToDictionary(r => r.GetString("id"), map, StringComparer.Ordinal);
    }

    public async Task<ILookup<string, T>> ByParentsAsync<T>(
        string query, IReadOnlyCollection<string> parentIds, Func<CypherRecord, T> map, bool withText, CancellationToken cancellationToken = default)
    {
        var result = await database.RunAsync(
            catalog.Statement(query, new Dictionary<string, object?> { ["ids"] = parentIds, ["withText"] = withText }), cancellationToken);
        return result.Records.ToLookup(r => r.GetString("parentId"), map, StringComparer.Ordinal);
    }

    /// <summary>Runs a page query; <paramref name="filters"/> must name every filter parameter of the query (null when unused).</summary>
    public async Task<Page<T>> PageAsync<T>(
        string query, PageRequest page, IReadOnlyDictionary<string, object?> filters, Func<CypherRecord, T> map, bool withText,
        CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>(filters)
        {
            ["skip"] = page.Skip, ["limit"] = page.Limit, ["orderBy"] = page.OrderBy, ["descending"] = page.Descending, ["withText"] = withText,
        };
        var result = await database.RunAsync(catalog.Statement(query, parameters), cancellationToken);
        var total = result.Records.Count > 0 ? (int)result.Records[0].GetInt64("totalCount") : 0;
        var items = result.Records.Where(r => r["id"].ValueKind != System.Text.Json.JsonValueKind.Null).Select(map).ToList();
        return new Page<T>(items, total, page.Skip);
    }
}

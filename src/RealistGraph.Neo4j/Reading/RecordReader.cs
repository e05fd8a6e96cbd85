using System.Text.Json;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.Neo4j.Reading;

/// <summary>
/// The three shapes every read takes: records by ids, children of many parents at once, and a filtered page,
/// each named by a descriptor of <see cref="Nodes"/>, <see cref="Relations"/> or <see cref="Pages"/>.
/// Each is one statement whatever the number of ids, which is what keeps GraphQL free of N+1 round trips.
/// <c>withText</c> says whether long texts (quote text, summaries, descriptions) are fetched; they are null otherwise.
/// </summary>
public sealed class RecordReader(IGraphDatabase database)
{
    public async Task<IReadOnlyDictionary<string, T>> ByIdsAsync<T>(
        NodeLookup<T> lookup, IReadOnlyCollection<string> ids, bool withText, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(lookup.Query, new Dictionary<string, object?> { ["ids"] = ids }, withText, cancellationToken);
        return result.Records.ToDictionary(r => r.GetString("id"), lookup.Map, StringComparer.Ordinal);
    }

    /// <summary>The children of each parent that has any, in the query's order (parents without children are left out).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TChild>>> ByParentsAsync<TChild>(
        Relation<TChild> relation, IReadOnlyCollection<string> parentIds, bool withText, CancellationToken cancellationToken = default)
    {
        if (relation.FromId is { } fromId)
        {
            // Thousands of ids: read from the reply as it came (no copy of it), each parent's ids straight into its list.
            var parameters = new Dictionary<string, object?> { ["ids"] = parentIds, ["withText"] = withText };
            CypherRoundTrips.RecordRead(relation.Query, withText);
            return await database.ReadAsync(
                QueryCatalog.Embedded.Statement(relation.Query, parameters), r => ChildIdLists.Read(r, fromId, cancellationToken), cancellationToken);
        }

        var result = await RunAsync(relation.Query, new Dictionary<string, object?> { ["ids"] = parentIds }, withText, cancellationToken);

        var children = new Dictionary<string, IReadOnlyList<TChild>>(StringComparer.Ordinal);
        for (var i = 0; i < result.Records.Count; i++)
        {
            if ((i & ChildIdLists.CancellationStride) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var record = result.Records[i];
            var parentId = record.GetString("parentId");
            if (!children.TryGetValue(parentId, out var list))
            {
                children[parentId] = list = new List<TChild>();
            }

            ((List<TChild>)list).Add(relation.Map(record));
        }

        return children;
    }

    /// <summary>
    /// Runs a page query; <paramref name="filters"/> names its filter parameters (null when unused); only the conditions
    /// of those given are in the Cypher that runs (see <see cref="QueryCatalog"/>).
    /// Without <paramref name="withCount"/> the rows tail sorts only up to the page's end and reads one row more than
    /// the page, which says whether a next page exists. With it, the counted tail collects every match once, counts
    /// them, and sorts only up to the page's end (one pass: a separate count statement would run the match twice).
    /// Without an order asked for, both end in the studies' own order, without the sort keys of an order.
    /// </summary>
    public async Task<Page<T>> PageAsync<T>(
        PageQuery<T> query, PageRequest page, IReadOnlyDictionary<string, object?> filters, bool withText, bool withCount,
        CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>(filters)
        {
            ["skip"] = page.Skip, ["limit"] = page.Limit, ["orderBy"] = page.OrderBy, ["descending"] = page.Descending, ["withText"] = withText,
        };
        var (match, anchorParameter) = query.AnchorFor(filters);
        var tail = (withCount, page.OrderBy) switch
        {
            (true, null) => PageQuery<T>.DocumentCountedTail,
            (true, _) => PageQuery<T>.CountedTail,
            (false, null) => PageQuery<T>.DocumentRowsTail,
            (false, _) => PageQuery<T>.RowsTail,
        };
        var name = match + tail;
        var added = PageQuery<T>.FiltersToAdd(name, anchorParameter, filters);
        CypherRoundTrips.RecordRead(name, withText);
        var result = await database.RunAsync(QueryCatalog.Embedded.Statement(name, parameters, added), cancellationToken);
        if (withCount)
        {
            // The counted tail answers one row with a null id when the page is empty, to carry the total.
            var total = result.Records.Count > 0 ? (int)result.Records[0].GetInt64("totalCount") : 0;
            var counted = result.Records.Where(r => r["id"].ValueKind != JsonValueKind.Null).Select(query.Map).ToList();
            return Page.Counted(counted, page.Skip, total);
        }

        var items = result.Records.Take(page.Limit).Select(query.Map).ToList();
        return new Page<T>(items, page.Skip, result.Records.Count > page.Limit, null);
    }

    private Task<CypherResult> RunAsync(
        string query, Dictionary<string, object?> parameters, bool withText, CancellationToken cancellationToken)
    {
        parameters["withText"] = withText;
        CypherRoundTrips.RecordRead(query, withText);
        return database.RunAsync(QueryCatalog.Embedded.Statement(query, parameters), cancellationToken);
    }
}

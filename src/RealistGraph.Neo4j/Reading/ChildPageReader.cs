using System.Text.Json;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.Neo4j.Reading;

/// <summary>
/// Reads one page of children for many parents in one statement (the same skip and limit for each parent), with
/// each parent's total. A parent without children gets an empty page and a total of 0.
/// </summary>
public sealed class ChildPageReader(IGraphDatabase database)
{
    public async Task<IReadOnlyDictionary<string, Page<TChild>>> PagesAsync<TChild>(
        ChildPageQuery<TChild> query, IReadOnlyCollection<string> parentIds, int skip, int limit, bool withText,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new Dictionary<string, object?>
        {
            ["ids"] = parentIds, ["skip"] = skip, ["limit"] = limit, ["withText"] = withText,
        };
        CypherRoundTrips.RecordRead(query.Query, withText);
        var result = await database.RunAsync(QueryCatalog.Embedded.Statement(query.Query, parameters), cancellationToken);
        return result.Records
            .GroupBy(r => r.GetString("parentId"), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => Page.Counted<TChild>(
                    g.Where(r => r["id"].ValueKind != JsonValueKind.Null).Select(query.Map).ToList(),
                    skip,
                    (int)g.First().GetInt64("totalCount")),
                StringComparer.Ordinal);
    }
}

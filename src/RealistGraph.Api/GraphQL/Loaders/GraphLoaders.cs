using System.Collections.Concurrent;
using GraphQL.DataLoader;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Loaders;

/// <summary>
/// The batch loaders of one GraphQL request, one per (query, with or without long text). Every relationship
/// field of the schema resolves through here, so a level of a selection costs one Cypher round trip.
/// </summary>
public sealed class GraphLoaders(GraphReader reader)
{
    private readonly ConcurrentDictionary<(string Query, bool WithText), object> _loaders = new();

    public IDataLoaderResult<T?> Node<T>(string query, Func<CypherRecord, T> map, string? id, bool withText = false)
        where T : class
    {
        if (id is null)
        {
            return new ReadyResult<T?>(null);
        }

        var loader = (BatchLoader<T?>)_loaders.GetOrAdd((query, withText), _ => new BatchLoader<T?>(
            async (ids, ct) => (await reader.ByIdsAsync(query, ids, map, withText, ct)).ToDictionary(p => p.Key, p => (T?)p.Value),
            null));
        return loader.Load(id);
    }

    public IDataLoaderResult<IReadOnlyList<T>> Children<T>(string query, Func<CypherRecord, T> map, string parentId, bool withText = false)
    {
        var loader = (BatchLoader<IReadOnlyList<T>>)_loaders.GetOrAdd((query, withText), _ => new BatchLoader<IReadOnlyList<T>>(
            async (ids, ct) =>
            {
                var lookup = await reader.ByParentsAsync(query, ids, map, withText, ct);
                return lookup.ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());
            },
            []));
        return loader.Load(parentId);
    }
}

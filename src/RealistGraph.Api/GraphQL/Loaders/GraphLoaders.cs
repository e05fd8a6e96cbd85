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

    /// <summary>Several records by id, in the order of the ids (missing ones left out), batched with every other load of the level.</summary>
    public IDataLoaderResult<IReadOnlyList<T>> Nodes<T>(string query, Func<CypherRecord, T> map, IEnumerable<string> ids, bool withText = false)
        where T : class =>
        new ManyResult<T>(ids.Select(id => Node(query, map, id, withText)).ToList());

    private sealed class ManyResult<T>(IReadOnlyList<IDataLoaderResult<T?>> parts) : IDataLoaderResult<IReadOnlyList<T>>
        where T : class
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<T>(parts.Count);
            foreach (var part in parts)
            {
                if (await part.GetResultAsync(cancellationToken) is { } value)
                {
                    values.Add(value);
                }
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

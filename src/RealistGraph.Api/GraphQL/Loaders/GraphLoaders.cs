using System.Collections.Concurrent;
using GraphQL.DataLoader;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Loaders;

/// <summary>
/// The batch loaders of one GraphQL request, one per (read descriptor, with or without long text). Every
/// relationship field of the schema resolves through here, so a level of a selection costs one Cypher round trip.
/// </summary>
public sealed class GraphLoaders(RecordReader reader)
{
    private readonly ConcurrentDictionary<(object Read, bool WithText), object> _loaders = new();

    public IDataLoaderResult<T?> Node<T>(NodeLookup<T> lookup, string? id, bool withText = false)
        where T : class
    {
        if (id is null)
        {
            return new ReadyResult<T?>(null);
        }

        var loader = (BatchLoader<T?>)_loaders.GetOrAdd((lookup, withText), _ => new BatchLoader<T?>(
            async (ids, ct) => (await reader.ByIdsAsync(lookup, ids, withText, ct)).ToDictionary(p => p.Key, p => (T?)p.Value),
            null));
        return loader.Load(id);
    }

    public IDataLoaderResult<IReadOnlyList<TChild>> Children<TChild>(Relation<TChild> relation, string parentId, bool withText = false)
    {
        var loader = (BatchLoader<IReadOnlyList<TChild>>)_loaders.GetOrAdd((relation, withText), _ => new BatchLoader<IReadOnlyList<TChild>>(
            (ids, ct) => reader.ByParentsAsync(relation, ids, withText, ct),
            []));
        return loader.Load(parentId);
    }

    /// <summary>Several records by id, in the order of the ids (missing ones left out), batched with every other load of the level.</summary>
    public IDataLoaderResult<IReadOnlyList<T>> Nodes<T>(NodeLookup<T> lookup, IEnumerable<string> ids, bool withText = false)
        where T : class =>
        new ManyResult<T>(ids.Select(id => Node(lookup, id, withText)).ToList());

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

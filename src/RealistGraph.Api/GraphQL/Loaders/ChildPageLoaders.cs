using System.Collections.Concurrent;
using GraphQL.DataLoader;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Loaders;

/// <summary>
/// The batch loaders of the nested connections of one request, one per (query, with text, skip, limit): every parent
/// of a level that asks for the same page is read in one Cypher round trip. A batch of one parent (the common
/// <c>study(id) { quotesConnection(first: 20) }</c>) reads that parent's page alone, cut in Cypher.
/// </summary>
public sealed class ChildPageLoaders(ChildPageReader reader)
{
    private readonly ConcurrentDictionary<(object Query, bool WithText, int Skip, int Limit), object> _loaders = new();

    public IDataLoaderResult<Page<TChild>> Page<TChild>(ChildPageQuery<TChild> query, string parentId, int skip, int limit, bool withText)
    {
        var loader = (BatchLoader<Page<TChild>>)_loaders.GetOrAdd((query, withText, skip, limit), _ => new BatchLoader<Page<TChild>>(
            async (ids, ct) => await reader.PagesAsync(query.ForParents(ids.Count), ids, skip, limit, withText, ct),
            Neo4j.Reading.Page.Counted<TChild>([], skip, 0)));
        return loader.Load(parentId);
    }
}

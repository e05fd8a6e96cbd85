using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.Neo4j.Reading;

/// <summary>
/// A read the data layer offers: a named Cypher file and the mapping of its rows onto records, kept together so
/// that callers choose what to read, never how. Callers outside the data layer can only hand these to
/// <see cref="RecordReader"/>; the query name and the mapper stay inside.
/// </summary>
public abstract class ReadQuery<T>
{
    private protected ReadQuery(string query, Func<CypherRecord, T> map)
    {
        Query = query;
        Map = map;
    }

    internal string Query { get; }

    internal Func<CypherRecord, T> Map { get; }

    /// <summary>The query's name, for logs and test messages.</summary>
    public override string ToString() => Query;
}

/// <summary>Records of one kind by id (rows carry <c>id</c>).</summary>
public sealed class NodeLookup<T> : ReadQuery<T>
{
    internal NodeLookup(string query, Func<CypherRecord, T> map)
        : base(query, map)
    {
    }
}

/// <summary>The children of many parents at once (rows carry <c>parentId</c>), e.g. the quotes of themes.</summary>
public sealed class Relation<TChild> : ReadQuery<TChild>
{
    internal Relation(string query, Func<CypherRecord, TChild> map)
        : base(query, map)
    {
    }

    /// <summary>The same children read as ids only (records whose other fields are empty), where the data layer offers it.</summary>
    internal Relation<TChild>? IdsOnly { get; init; }

    /// <summary>
    /// Set when the query returns one row per parent with its children's <c>ids</c> and <c>ordinals</c> (lists of the
    /// same length) instead of one row per child: the children are made from (id, study id) and put in ordinal order.
    /// </summary>
    internal Func<string, string, TChild>? FromId { get; private init; }

    /// <summary>A relation read as one row per parent with the ids of its children (see <see cref="FromId"/>).</summary>
    internal static Relation<TChild> IdLists(string query, Func<string, string, TChild> fromId) =>
        new(query, _ => throw new InvalidOperationException($"{query} returns lists of ids, one row per parent.")) { FromId = fromId };

    /// <summary>
    /// This relation, or its ids-only form when <paramref name="idsOnly"/> (the selection asks for nothing but the
    /// children's ids) and one exists: one column instead of all of them.
    /// </summary>
    public Relation<TChild> Selecting(bool idsOnly) => idsOnly && IdsOnly is not null ? IdsOnly : this;
}

/// <summary>
/// A filtered, ordered page of records across all studies. <see cref="ReadQuery{T}.Query"/> and each anchor name a match
/// part (<c>queries/pages/themes/all</c>) that <see cref="QueryCatalog"/> composes with the kind's rows tail (the page,
/// one row more than asked for, in the order asked), its document-rows tail (the same in the studies' own order, without
/// the sort keys of an order), and, only when the total is asked for, its counted and document-counted tails (every
/// match counted, then the page cut from a top-N sort in the order asked or in the studies' own order).
/// </summary>
public sealed class PageQuery<T> : ReadQuery<T>
{
    internal const string RowsTail = "/rows";
    internal const string DocumentRowsTail = "/document-rows";
    internal const string CountedTail = "/counted";
    internal const string DocumentCountedTail = "/document-counted";

    internal PageQuery(string query, Func<CypherRecord, T> map)
        : base(query, map)
    {
    }

    /// <summary>
    /// Match parts that start from an index, each for one filter parameter, in order of preference: the first whose
    /// parameter is given runs instead of <see cref="ReadQuery{T}.Query"/> (which reads every node of the label).
    /// </summary>
    internal IReadOnlyList<(string Parameter, string Query)> Anchors { get; init; } = [];

    /// <summary>The match part for these filters, and the filter parameter its index already applies (null for <see cref="ReadQuery{T}.Query"/>).</summary>
    internal (string Query, string? Parameter) AnchorFor(IReadOnlyDictionary<string, object?> filters) =>
        Anchors.FirstOrDefault(a => Given(filters, a.Parameter)) is { Query: not null } anchor ? (anchor.Query, anchor.Parameter) : (Query, null);

    /// <summary>
    /// The filters of <paramref name="filters"/> that the composed query <paramref name="name"/> (anchored on
    /// <paramref name="anchorParameter"/>) must add: every one given, less the one its anchor applies. A given filter the
    /// query has no condition for is a mistake in the data layer, not a filter to drop.
    /// </summary>
    internal static IReadOnlyList<string> FiltersToAdd(string name, string? anchorParameter, IReadOnlyDictionary<string, object?> filters)
    {
        var known = QueryCatalog.Embedded.FiltersOf(name);
        if (known.Count == 0)
        {
            return [];
        }

        var given = filters.Keys.Where(p => p != anchorParameter && Given(filters, p)).ToList();
        var missing = given.Where(p => !known.Contains(p)).ToList();
        return missing.Count == 0
            ? given
            : throw new InvalidOperationException($"{name} has no filter for {string.Join(", ", missing)}: add a .filter.cypher file beside its match part.");
    }

    private static bool Given(IReadOnlyDictionary<string, object?> filters, string parameter) =>
        filters.TryGetValue(parameter, out var value) && value is not null;
}

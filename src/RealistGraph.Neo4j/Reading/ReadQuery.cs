using RealistGraph.Neo4j.Client;

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
}

/// <summary>A filtered, ordered page of records across all studies (rows carry <c>totalCount</c>).</summary>
public sealed class PageQuery<T> : ReadQuery<T>
{
    internal PageQuery(string query, Func<CypherRecord, T> map)
        : base(query, map)
    {
    }
}

using GraphQL.Types;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Paging;

/// <summary>A Relay connection over a <see cref="Page{T}"/>: edges with cursors, nodes, page info and the total count.</summary>
public sealed class ConnectionType<TNodeGraph, TNode> : ObjectGraphType<Page<TNode>>
    where TNodeGraph : IGraphType
{
    public ConnectionType()
    {
        var nodeName = typeof(TNodeGraph).Name.Replace("Type", "", StringComparison.Ordinal);
        Name = nodeName + "Connection";
        Description = $"A page of {nodeName} records.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeGraph, TNode>>>>>("edges")
            .Description("The records of this page, each with its cursor.")
            .Resolve(c => c.Source.Items.Select((item, i) => new Edge<TNode>(Cursor.Of(c.Source.Skip + i + 1), item)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraph>>>>("nodes")
            .Description("The records of this page.")
            .Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Where this page stands.")
            .Resolve(c => new PageInfo(
                c.Source.HasNextPage,
                c.Source.Skip > 0,
                c.Source.Items.Count > 0 ? Cursor.Of(c.Source.Skip + 1) : null,
                c.Source.Items.Count > 0 ? Cursor.Of(c.Source.Skip + c.Source.Items.Count) : null));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many records match, on all pages.")
            .Resolve(c => c.Source.TotalCount
                ?? throw new InvalidOperationException("The page was read without its count, though the selection asks for totalCount."));
    }
}

public sealed record Edge<TNode>(string Cursor, TNode Node);

public sealed class EdgeType<TNodeGraph, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeGraph : IGraphType
{
    public EdgeType()
    {
        Name = typeof(TNodeGraph).Name.Replace("Type", "", StringComparison.Ordinal) + "Edge";
        Description = "A record and its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this record.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraph>>("node").Description("The record.").Resolve(c => c.Source.Node);
    }
}

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page stands in the whole result.";
        Field(p => p.HasNextPage).Description("Whether records follow this page.");
        Field(p => p.HasPreviousPage).Description("Whether records precede this page.");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the first record of the page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the last record of the page; pass it as `after` for the next page.");
    }
}

using GraphQL;
using GraphQL.Types;
using RealistGraph.Api.GraphQL.Filters;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Paging;

/// <summary>Adds a root connection field: <c>name(first, after, where, order)</c> over one page query.</summary>
public static class PagedField
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static void Add<TNodeGraph, TNode, TFilter, TOrderField>(
        ObjectGraphType root, string name, string description, PageQuery<TNode> query, string textField)
        where TNodeGraph : IGraphType
        where TFilter : FilterInputType, new()
        where TOrderField : OrderFieldType =>
        Add<TNodeGraph, TNode, TFilter, TOrderField>(root, name, description, _ => query, textField);

    /// <summary>A root connection whose query is chosen by the filter's parameters (one query per shape of filter).</summary>
    public static void Add<TNodeGraph, TNode, TFilter, TOrderField>(
        ObjectGraphType root, string name, string description, Func<IDictionary<string, object?>, PageQuery<TNode>> select, string textField)
        where TNodeGraph : IGraphType
        where TFilter : FilterInputType, new()
        where TOrderField : OrderFieldType
    {
        var filter = new TFilter();
        root.Field<NonNullGraphType<ConnectionType<TNodeGraph, TNode>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", $"How many records (default {DefaultPageSize}, at most {MaxPageSize}).")
            .Argument<StringGraphType>("after", "A cursor: start after that record.")
            .Argument<TFilter>("where", "Which records.")
            .Argument<OrderInputType<TOrderField>>("order", "How to sort them (default: the studies' own order).")
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int?>("first") ?? DefaultPageSize;
                if (first is < 0 or > MaxPageSize)
                {
                    throw Domain.Errors.RequestException.Invalid("first", $"must be between 0 and {MaxPageSize}, was {first}.");
                }

                var order = c.GetArgument<Dictionary<string, object?>>("order");
                var orderBy = order?["by"] as string;
                var page = new PageRequest(
                    Cursor.OffsetOf(c.GetArgument<string?>("after")) ?? 0,
                    first,
                    orderBy == "DOCUMENT" ? null : orderBy,
                    order is not null && order.TryGetValue("direction", out var d) && d is true);
                var reader = c.RequestServices!.GetRequiredService<RecordReader>();
                var where = c.GetArgument<Dictionary<string, object?>>("where");
                var parameters = await filter.NarrowAsync(filter.ToParameters(where), where, c);
                return await reader.PageAsync(select(parameters), page, parameters, c.Selects(textField), c.SelectsOwn("totalCount"), c.CancellationToken);
            });
    }
}

using GraphQL;
using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Paging;

/// <summary>
/// Adds a nested connection to a record type: <c>quotesConnection(first, after)</c> beside the plain list
/// <c>quotes</c>, with the same connection type and paging rules as the root lists. The cost rule counts it by its
/// <c>first</c>, like a root list.
/// </summary>
public static class ChildConnections
{
    public static void Add<TNodeGraph, TNode, TParent>(
        ObjectGraphType<TParent> parent, string list, string description, ChildPageQuery<TNode> query, Func<TParent, string> parentId,
        string? textField = null)
        where TNodeGraph : IGraphType =>
        parent.Field<NonNullGraphType<ConnectionType<TNodeGraph, TNode>>>(list + "Connection")
            .Description($"{description} One page at a time, with the total (the same records as `{list}`).")
            .Argument<IntGraphType>("first", $"How many records (default {PagedField.DefaultPageSize}, at most {PagedField.MaxPageSize}).")
            .Argument<StringGraphType>("after", "A cursor: start after that record.")
            .Resolve(c =>
            {
                var first = c.GetArgument<int?>("first") ?? PagedField.DefaultPageSize;
                if (first is < 0 or > PagedField.MaxPageSize)
                {
                    throw Domain.Errors.RequestException.Invalid("first", $"must be between 0 and {PagedField.MaxPageSize}, was {first}.");
                }

                var skip = Cursor.OffsetOf(c.GetArgument<string?>("after")) ?? 0;
                return c.RequestServices!.GetRequiredService<ChildPageLoaders>()
                    .Page(query, parentId(c.Source), skip, first, textField is not null && c.Selects(textField));
            });
}

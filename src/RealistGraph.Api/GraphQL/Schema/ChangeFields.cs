using GraphQL;
using GraphQL.Types;
using RealistGraph.Api.GraphQL.Paging;
using RealistGraph.Api.GraphQL.Types;
using RealistGraph.Neo4j.Changes;

namespace RealistGraph.Api.GraphQL.Schema;

/// <summary>The root field of the change log: <c>changes(studyId, first, after)</c>.</summary>
public static class ChangeFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<ChangeType, Change>>>("changes")
            .Description("The change log of one study, oldest first: every import and mutation, who made it and when.")
            .Argument<NonNullGraphType<IdGraphType>>("studyId", "The study (its log outlives it when it is deleted).")
            .Argument<IntGraphType>("first", $"How many entries (default {PagedField.DefaultPageSize}, at most {PagedField.MaxPageSize}).")
            .Argument<StringGraphType>("after", "A cursor: start after that entry.")
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int?>("first") ?? PagedField.DefaultPageSize;
                if (first is < 0 or > PagedField.MaxPageSize)
                {
                    throw Domain.Errors.RequestException.Invalid("first", $"must be between 0 and {PagedField.MaxPageSize}, was {first}.");
                }

                var skip = Cursor.OffsetOf(c.GetArgument<string?>("after")) ?? 0;
                return await c.RequestServices!.GetRequiredService<ChangeLog>().PageAsync(c.GetArgument<string>("studyId"), skip, first, c.CancellationToken);
            });
    }
}

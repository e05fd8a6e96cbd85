using GraphQL;
using GraphQL.Types;
using RealistGraph.Api.GraphQL.Types;
using RealistGraph.Api.GraphQL.Types.Analysis;
using RealistGraph.Application.Analysis;
using RealistGraph.Domain.Model;

namespace RealistGraph.Api.GraphQL.Schema;

/// <summary>Curating link suggestions: accept one (it becomes a link) or reject it (it is not suggested again).</summary>
public static class SuggestionMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<FindingLinkType>>("acceptSuggestion")
            .Description("Turns a suggestion into a link, exactly as addLink does (the same checks, the same entry in both studies' change logs).")
            .Argument<NonNullGraphType<AcceptSuggestionInputType>>("input", "The link to make.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await Service(c).AcceptAsync(
                    (string)input["fromId"]!, (string)input["toId"]!, (LinkRelation)input["relation"]!,
                    (string)input["rationale"]!, (string)input["author"]!, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<SuggestionRejectionType>>("rejectSuggestion")
            .Description("Records that a suggested pair is wrong (who, when, why): it is not suggested again, either way round. Logged in both studies.")
            .Argument<NonNullGraphType<RejectSuggestionInputType>>("input", "The pair and the reason.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await Service(c).RejectAsync(
                    (string)input["fromId"]!, (string)input["toId"]!, (string)input["reason"]!, (string)input["author"]!, c.CancellationToken);
            });
    }

    private static SuggestionService Service(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<SuggestionService>();
}

public sealed class AcceptSuggestionInputType : InputObjectGraphType
{
    public AcceptSuggestionInputType()
    {
        Name = "AcceptSuggestionInput";
        Description = "The suggested pair to link, how and why.";
        Field<NonNullGraphType<IdGraphType>>("fromId").Description("The finding the link starts at (usually the suggestion's finding).");
        Field<NonNullGraphType<IdGraphType>>("toId").Description("The finding of another study it points to (usually the candidate).");
        Field<NonNullGraphType<LinkRelationType>>("relation").Description("How the first relates to the second.");
        Field<NonNullGraphType<StringGraphType>>("rationale").Description("Why: the evaluator's reason, not the shared words.");
        Field<NonNullGraphType<StringGraphType>>("author").Description("Who accepts the suggestion.");
    }
}

public sealed class RejectSuggestionInputType : InputObjectGraphType
{
    public RejectSuggestionInputType()
    {
        Name = "RejectSuggestionInput";
        Description = "A suggested pair that is wrong, and why.";
        Field<NonNullGraphType<IdGraphType>>("fromId").Description("The suggestion's finding.");
        Field<NonNullGraphType<IdGraphType>>("toId").Description("The suggestion's candidate.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the two are not to be linked.");
        Field<NonNullGraphType<StringGraphType>>("author").Description("Who rejects it.");
    }
}

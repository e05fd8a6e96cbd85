using GraphQL;
using RealistGraph.Application.Editing;

namespace RealistGraph.Api.GraphQL.Mutations;

/// <summary>What the mutation resolvers read from their context: the edit use cases and the arguments.</summary>
public static class MutationResolvers
{
    public static StudyEditor Editor(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<StudyEditor>();

    /// <summary>The <c>input</c> argument as given: absent fields are missing, explicit nulls are present.</summary>
    public static IReadOnlyDictionary<string, object?> Input(this IResolveFieldContext context) =>
        context.GetArgument<Dictionary<string, object?>>("input") ?? [];

    public static string Id(this IResolveFieldContext context, string name = "id") => context.GetArgument<string>(name);
}

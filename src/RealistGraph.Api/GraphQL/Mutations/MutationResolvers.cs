using GraphQL;
using RealistGraph.Api.GraphQL.Errors;
using RealistGraph.Neo4j.Mutations;

namespace RealistGraph.Api.GraphQL.Mutations;

/// <summary>Runs a resolver's call on the <see cref="MutationWriter"/> and turns a refusal into an API error.</summary>
public static class MutationResolvers
{
    public static async Task<object?> WriteAsync<T>(this IResolveFieldContext context, Func<MutationWriter, CancellationToken, Task<T>> write)
    {
        try
        {
            return await write(context.RequestServices!.GetRequiredService<MutationWriter>(), context.CancellationToken);
        }
        catch (MutationException ex)
        {
            throw new ApiException(ex.Error switch
            {
                MutationError.NotFound => ApiErrorCode.NotFound,
                MutationError.Conflict => ApiErrorCode.Conflict,
                _ => ApiErrorCode.Validation,
            }, ex.Message);
        }
    }

    /// <summary>The <c>input</c> argument as given: absent fields are missing, explicit nulls are present.</summary>
    public static IReadOnlyDictionary<string, object?> Input(this IResolveFieldContext context) =>
        context.GetArgument<Dictionary<string, object?>>("input") ?? [];

    public static string Id(this IResolveFieldContext context, string name = "id") => context.GetArgument<string>(name);
}

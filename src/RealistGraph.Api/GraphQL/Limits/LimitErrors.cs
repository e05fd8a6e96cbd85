using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace RealistGraph.Api.GraphQL.Limits;

/// <summary>
/// Errors for a request that asks for more than a limit allows: code <c>LIMIT_EXCEEDED</c>, and
/// <c>extensions.limit: {name, value, requested}</c> with the limit's setting, its value and what the request asked for.
/// </summary>
public static class LimitErrors
{
    public const string Code = "LIMIT_EXCEEDED";

    public static ValidationError Validation(ValidationContext context, string property, long limit, long requested, string message, ASTNode? node)
    {
        var error = node is null
            ? new ValidationError(message)
            : new ValidationError(context.Document.Source, Code, message, node);
        Describe(error, property, limit, requested);
        return error;
    }

    public static ExecutionError Execution(string property, long limit, long requested, string message, string code = Code)
    {
        var error = new ExecutionError(message);
        Describe(error, property, limit, requested);
        error.Code = code;
        return error;
    }

    private static void Describe(ExecutionError error, string property, long limit, long requested)
    {
        error.Code = Code;
        error.Extensions ??= [];
        error.Extensions["limit"] = new Dictionary<string, object?>
        {
            ["name"] = RequestLimits.SettingName(property),
            ["value"] = limit,
            ["requested"] = requested,
        };
    }
}

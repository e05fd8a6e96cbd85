using GraphQL;

namespace RealistGraph.Api.GraphQL.Errors;

/// <summary>The kinds of error a client can act on; each is the <c>extensions.code</c> of a GraphQL error.</summary>
public enum ApiErrorCode
{
    /// <summary>The input is malformed or breaks a rule; the message names the field.</summary>
    Validation,

    /// <summary>Something the request refers to does not exist.</summary>
    NotFound,

    /// <summary>The request clashes with what is stored (a duplicate id, say).</summary>
    Conflict,

    /// <summary>The database cannot be reached or failed; details are in the service's log.</summary>
    DatabaseUnavailable,
}

/// <summary>An error whose message is written for the client: it names what is wrong and where.</summary>
public sealed class ApiException : ExecutionError
{
    public ApiException(ApiErrorCode code, string message)
        : base(message)
    {
        Code = CodeOf(code);
    }

    public static string CodeOf(ApiErrorCode code) => code switch
    {
        ApiErrorCode.Validation => "VALIDATION",
        ApiErrorCode.NotFound => "NOT_FOUND",
        ApiErrorCode.Conflict => "CONFLICT",
        _ => "DATABASE_UNAVAILABLE",
    };
}

using GraphQL;

namespace RealistGraph.Api.GraphQL.Http;

/// <summary>
/// A request refused for its credentials answers an HTTP status as well as its GraphQL error: 401 with
/// <c>WWW-Authenticate: Bearer</c> (no credential, or one not accepted), 403 (a role too low). The GraphQL-over-HTTP
/// spec lets a server refuse a request the client is not permitted to make with 401/403 whatever the media type
/// (only a well-formed request that was allowed to run must answer 200 under <c>application/json</c>). The body is
/// still a GraphQL response whose error carries <c>extensions.code</c>, in the media type the client accepts.
/// </summary>
internal static class AccessStatus
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string Realm = "realist";

    /// <summary>The key could not be checked because Neo4j did not answer: neither allowed nor refused, so 503.</summary>
    public const string KeyCheckUnavailable = "DATABASE_UNAVAILABLE";

    /// <summary>401 or 403 when the request was refused for its credentials (503 when they could not be checked), and so never ran; null otherwise.</summary>
    public static int? Of(ExecutionResult result)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors)
        {
            return null;
        }

        return errors.Any(e => e.Code == Unauthenticated) ? StatusCodes.Status401Unauthorized
            : errors.Any(e => e.Code == Forbidden) ? StatusCodes.Status403Forbidden
            : errors.Any(e => e.Code == KeyCheckUnavailable) ? StatusCodes.Status503ServiceUnavailable
            : null;
    }

    /// <summary>The RFC 6750 challenge: which scheme to use, and why a credential that was sent did not do.</summary>
    public static string? Challenge(int status, bool credentialSent) => status switch
    {
        StatusCodes.Status503ServiceUnavailable => null,
        StatusCodes.Status403Forbidden => $"Bearer realm=\"{Realm}\", error=\"insufficient_scope\"",
        _ when credentialSent => $"Bearer realm=\"{Realm}\", error=\"invalid_token\"",
        _ => $"Bearer realm=\"{Realm}\"",
    };
}

namespace RealistGraph.Domain.Errors;

/// <summary>
/// The kinds of error a client can act on, the same from the data layer up to the API (which shows each as
/// the <c>extensions.code</c> of a GraphQL error: VALIDATION, NOT_FOUND, CONFLICT, DATABASE_UNAVAILABLE).
/// </summary>
public enum ErrorCode
{
    /// <summary>The input is malformed or breaks a rule; the message names the field.</summary>
    Validation,

    /// <summary>Something the request refers to does not exist.</summary>
    NotFound,

    /// <summary>The request clashes with what is stored (a duplicate id, a node still needed by others).</summary>
    Conflict,

    /// <summary>The database cannot be reached or failed; details are in the service's log.</summary>
    DatabaseUnavailable,
}

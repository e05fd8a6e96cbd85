namespace RealistGraph.Neo4j.Mutations;

/// <summary>What kind of mistake a refused mutation made; the API turns each into an error code.</summary>
public enum MutationError
{
    /// <summary>The input is malformed or breaks a rule.</summary>
    Validation,

    /// <summary>Something the input refers to does not exist.</summary>
    NotFound,

    /// <summary>The change clashes with stored data (a duplicate id, a node still needed by others).</summary>
    Conflict,
}

/// <summary>
/// A mutation refused before anything was written (the transaction is rolled back). The message is written for
/// the client and starts with the input field it is about, e.g. <c>input.domainId: no domain 'x/y'</c>.
/// </summary>
public sealed class MutationException(MutationError error, string message) : Exception(message)
{
    public MutationError Error { get; } = error;
}

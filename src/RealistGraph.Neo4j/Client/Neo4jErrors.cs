namespace RealistGraph.Neo4j.Client;

/// <summary>
/// A failure reported by Neo4j. <see cref="Code"/> is Neo4j's status code (e.g.
/// <c>Neo.ClientError.Schema.ConstraintValidationFailed</c>). The server's own message can carry
/// internals and stack traces: it is logged, and must never be shown to an API client.
/// </summary>
public class Neo4jException : Exception
{
    public Neo4jException(string code, string serverMessage)
        : base($"Neo4j reported {code}")
    {
        Code = code;
        ServerMessage = serverMessage;
    }

    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "RealistGraph.Unavailable";
        ServerMessage = innerException.Message;
    }

    public string Code { get; }

    public string ServerMessage { get; }

    /// <summary>Maps a Neo4j status code onto the exception type callers act on.</summary>
    public static Neo4jException FromCode(string code, string serverMessage) => code switch
    {
        // Transient by Neo4j's naming, but the same work would run out of memory again: not retried.
        _ when code.EndsWith("OutOfMemoryError", StringComparison.Ordinal) => new Neo4jOutOfMemoryException(code, serverMessage),
        _ when ClusterErrors.IsRetryable(code) => new Neo4jTransientException(code, serverMessage),
        _ when code.StartsWith("Neo.ClientError.Schema.ConstraintValidationFailed", StringComparison.Ordinal)
            => new Neo4jConflictException(code, serverMessage),
        _ when code.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal) => new Neo4jQueryException(code, serverMessage),
        _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => new Neo4jSecurityException(code, serverMessage),
        _ when code.StartsWith("Neo.ClientError.Transaction.", StringComparison.Ordinal) => new Neo4jTransactionException(code, serverMessage),
        _ => new Neo4jException(code, serverMessage),
    };
}

/// <summary>A uniqueness or existence constraint refused the write: the caller asked for something that conflicts with stored data.</summary>
public sealed class Neo4jConflictException(string code, string serverMessage) : Neo4jException(code, serverMessage);

/// <summary>Safe to retry: deadlocks, lock timeouts, leader switches.</summary>
public sealed class Neo4jTransientException(string code, string serverMessage) : Neo4jException(code, serverMessage);

/// <summary>The statement itself is wrong (syntax, types, semantics): a bug in the query, not the user's input.</summary>
public sealed class Neo4jQueryException(string code, string serverMessage) : Neo4jException(code, serverMessage);

public sealed class Neo4jSecurityException(string code, string serverMessage) : Neo4jException(code, serverMessage);

/// <summary>The server transaction expired or is unknown.</summary>
public sealed class Neo4jTransactionException(string code, string serverMessage) : Neo4jException(code, serverMessage);

/// <summary>
/// A step of a write transaction did not finish in time (most often because another write to the same study held its
/// locks); the transaction was rolled back, so nothing was written. Safe to try again.
/// </summary>
public sealed class Neo4jBusyException : Neo4jException
{
    public Neo4jBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The server could not be reached or answered with something that is not Neo4j's JSON.</summary>
public class Neo4jUnavailableException : Neo4jException
{
    public Neo4jUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Neo4j did not answer one request within its time bound.</summary>
public sealed class Neo4jTimeoutException : Neo4jUnavailableException
{
    public Neo4jTimeoutException(string message, TimeSpan limit, Exception innerException)
        : base(message, innerException)
    {
        Limit = limit;
    }

    public TimeSpan Limit { get; }
}

/// <summary>
/// A commit was sent but its answer never came (the connection dropped, the request timed out, the server failed):
/// the transaction may or may not have been committed. A caller that can tell from the graph (an import reads back
/// the token it wrote in the same transaction) reports what it finds; <see cref="Committed"/> is then false
/// (checked: not written), and null while it could not be checked.
/// </summary>
public sealed class Neo4jCommitUnknownException : Neo4jUnavailableException
{
    public Neo4jCommitUnknownException(string message, Exception innerException, bool? committed = null)
        : base(message, innerException)
    {
        Committed = committed;
    }

    public bool? Committed { get; }
}

/// <summary>
/// Neo4j ran out of memory for the work (<c>Neo.TransientError.General.OutOfMemoryError</c>, Neo4j 5's
/// <c>MemoryPoolOutOfMemoryError</c>), or an import found the server's heap full after it failed. Not retried: the same
/// work needs the same memory. <see cref="Exception.Message"/> is ours and may be shown.
/// </summary>
public sealed class Neo4jOutOfMemoryException : Neo4jException
{
    public Neo4jOutOfMemoryException(string code, string serverMessage)
        : base(code, serverMessage)
    {
    }

    public Neo4jOutOfMemoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

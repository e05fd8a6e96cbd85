namespace RealistGraph.Neo4j.Client;

/// <summary>
/// Status codes a cluster (or Aura during maintenance) answers while it moves leadership or a database: safe to
/// retry as a whole unit of work, like any <c>Neo.TransientError.*</c> (which includes
/// <c>Neo.TransientError.General.DatabaseUnavailable</c> and <c>Neo.TransientError.Cluster.*</c>).
/// </summary>
public static class ClusterErrors
{
    private static readonly string[] Retryable =
    [
        // A write reached a member that is not (or no longer) the leader: the leader switched, or routing is off.
        "Neo.ClientError.Cluster.NotALeader",
        // The same seen from the database: it is read-only on this member right now.
        "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
    ];

    public static bool IsRetryable(string code) =>
        code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || Retryable.Contains(code, StringComparer.Ordinal);
}

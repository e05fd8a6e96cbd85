namespace RealistGraph.Neo4j.Client;

/// <summary>Where the Neo4j server is and how to reach it. Bound from the <c>Neo4j</c> configuration section.</summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP root, e.g. <c>http://127.0.0.1:7474</c>.</summary>
    public string Url { get; set; } = "http://127.0.0.1:7474";

    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = "";

    /// <summary>Database name for Neo4j 4 and newer; 3.x has only one graph and ignores it.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>The longest any one request to Neo4j may take (reads, one-statement writes, a commit).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The longest one request inside an explicit write transaction may take. Neo4j 3.1 has no lock-wait timeout,
    /// so a write waiting for another write's locks ends here: it is rolled back and reported as a conflict.
    /// Import batches are sized to stay far below it.
    /// </summary>
    public TimeSpan TransactionStepTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most rows (nodes, edges or deletions) one request of an import carries. A study of any size is written as
    /// several requests inside one transaction, each far below <see cref="TransactionStepTimeout"/> and Neo4j's memory.
    /// </summary>
    public int ImportBatchRows { get; set; } = 2_000;

    /// <summary>
    /// How many explicit (write) transactions this process keeps open on Neo4j at once. Neo4j's HTTP server has few
    /// worker threads (3.1: one per core), and a request waiting for a lock holds one; with more waiters than workers
    /// the lock holder's own next request cannot be served and every write stalls until timeouts. Writes beyond this
    /// number wait here instead, up to <see cref="WriteWaitTimeout"/>.
    /// </summary>
    public int MaxConcurrentWriteTransactions { get; set; } = 1;

    /// <summary>How long a write may wait for its turn before it is refused as busy (a CONFLICT for API clients).</summary>
    public TimeSpan WriteWaitTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the rollback (DELETE) of a failed transaction may take; it never uses the caller's cancelled token.</summary>
    public TimeSpan RollbackTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a transient failure (deadlock, leader switch) is retried before it is reported.</summary>
    public int MaxTransientRetries { get; set; } = 4;

    /// <summary>Accept a self-signed server certificate (a <c>neo4j+ssc://</c> or <c>bolt+ssc://</c> URI).</summary>
    public bool TrustSelfSignedCertificate { get; set; }
}

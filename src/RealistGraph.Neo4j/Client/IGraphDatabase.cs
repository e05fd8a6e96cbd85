namespace RealistGraph.Neo4j.Client;

/// <summary>Runs Cypher on Neo4j. The repositories of this project use it, and the benchmark for its hand-written reference; nothing else above the data layer does.</summary>
public interface IGraphDatabase
{
    /// <summary>Runs one statement in its own transaction, retrying transient failures.</summary>
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs one read and hands its rows to <paramref name="read"/> while they still point into the reply's pooled
    /// buffers (no copy of the reply: large id lists are read straight from it). The rows must not outlive the call.
    /// </summary>
    Task<T> ReadAsync<T>(CypherStatement statement, Func<CypherResult, T> read, CancellationToken cancellationToken = default);

    /// <summary>Runs several statements in one transaction, in one round trip where the server's API allows it.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction: committed if it returns, rolled back if it throws.
    /// The whole unit is retried when Neo4j reports a transient failure, so it must not have other side effects.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<IGraphTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);

    Task<ServerEndpoints> EndpointsAsync(CancellationToken cancellationToken = default);
}

/// <summary>An open transaction. Disposing it without <see cref="CommitAsync"/> rolls it back.</summary>
public interface IGraphTransaction : IAsyncDisposable
{
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}

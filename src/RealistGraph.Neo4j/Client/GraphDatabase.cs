using Microsoft.Extensions.Logging;

namespace RealistGraph.Neo4j.Client;

public sealed class GraphDatabase(Neo4jConnection connection, ILogger<GraphDatabase> logger) : IGraphDatabase, IDisposable
{
    private readonly SemaphoreSlim _writeTurns = new(Math.Max(1, connection.Options.MaxConcurrentWriteTransactions));
    private int _transientRetries;
    private int _deadlockRetries;

    /// <summary>How many times this client has retried a transient failure since it was made (logged as warnings too).</summary>
    public int TransientRetries => Volatile.Read(ref _transientRetries);

    /// <summary>Of <see cref="TransientRetries"/>, those for <c>Neo.TransientError.Transaction.DeadlockDetected</c>.</summary>
    public int DeadlockRetries => Volatile.Read(ref _deadlockRetries);

    public void Dispose() => _writeTurns.Dispose();

    public Task<ServerEndpoints> EndpointsAsync(CancellationToken cancellationToken = default) =>
        connection.EndpointsAsync(cancellationToken);

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default) =>
        (await RunAsync([statement], cancellationToken))[0];

    public Task<T> ReadAsync<T>(CypherStatement statement, Func<CypherResult, T> read, CancellationToken cancellationToken = default) =>
        WithRetriesAsync(async ct =>
        {
            var endpoints = await connection.EndpointsAsync(ct);
            var wire = await connection.WireFormatAsync(ct);
            using var reply = await connection.SendRawAsync(HttpMethod.Post, endpoints.AutoCommitPath, wire.RequestBody([statement]), null, ct);
            return read(wire.ParseResults(reply.Json.RootElement, copy: false)[0]);
        }, [statement], cancellationToken);

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default) =>
        WithRetriesAsync(async ct =>
        {
            var endpoints = await connection.EndpointsAsync(ct);
            var wire = await connection.WireFormatAsync(ct);
            if (statements.Count == 1 || wire.CarriesManyStatements)
            {
                using var reply = await connection.SendRawAsync(HttpMethod.Post, endpoints.AutoCommitPath, wire.RequestBody(statements), null, ct);
                return wire.ParseResults(reply.Json.RootElement);
            }

            return await InOpenTransactionAsync((tx, c) => tx.RunAsync(statements, c), ct);
        }, statements, cancellationToken);

    public Task<T> InTransactionAsync<T>(Func<IGraphTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        WithRetriesAsync(ct => InOpenTransactionAsync(work, ct), [], cancellationToken);

    private async Task<T> InOpenTransactionAsync<T>(Func<IGraphTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (!await _writeTurns.WaitAsync(connection.Options.WriteWaitTimeout, cancellationToken))
        {
            throw new Neo4jBusyException(
                $"Other writes kept the graph busy for {connection.Options.WriteWaitTimeout.TotalSeconds:0.#} s; nothing was written. Try again.",
                new TimeoutException("waited for a write turn"));
        }

        try
        {
            return await InTurnAsync(work, cancellationToken);
        }
        finally
        {
            _writeTurns.Release();
        }
    }

    private async Task<T> InTurnAsync<T>(Func<IGraphTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var tx = await GraphTransaction.BeginAsync(connection, cancellationToken);
        var result = await work(tx, cancellationToken);

        // Past this point the outcome is the commit's: a cancellation arriving now must not turn a written study
        // into a reported failure.
        await tx.CommitAsync(CancellationToken.None);
        return result;
    }

    private async Task<T> WithRetriesAsync<T>(
        Func<CancellationToken, Task<T>> attempt, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt(cancellationToken);
            }
            catch (Neo4jTransientException ex) when (tries <= connection.Options.MaxTransientRetries)
            {
                var delay = TimeSpan.FromMilliseconds(100 * Math.Pow(2, tries - 1) + Random.Shared.Next(50));
                Interlocked.Increment(ref _transientRetries);
                if (ex.Code.EndsWith(".DeadlockDetected", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref _deadlockRetries);
                }

                logger.LogWarning("Neo4j reported {Code}; retry {Try} in {Delay} ms ({ServerMessage})", ex.Code, tries, (int)delay.TotalMilliseconds, ex.ServerMessage);
                await Task.Delay(delay, cancellationToken);
            }
            catch (Neo4jTransientException ex) when (ex.Code.StartsWith("Neo.TransientError.Transaction.", StringComparison.Ordinal))
            {
                // Retried and still deadlocked: concurrent writes to the same data; nothing was written. (Other transient
                // failures, such as a cluster without a leader, are reported as they are.)
                logger.LogWarning("Neo4j reported {Code} after {Tries} tries: reported as busy", ex.Code, tries);
                throw new Neo4jBusyException(
                    "Other writes to the same study conflicted with this one until it gave up; nothing was written. Try again.", ex);
            }
            catch (Neo4jException ex) when (ex is not Neo4jConflictException and not Neo4jBusyException)
            {
                logger.LogError("Neo4j failed {Statements}: {Code} {ServerMessage}",
                    string.Join(", ", statements.Select(s => s.Name ?? "(inline)")), ex.Code, ex.ServerMessage);
                throw;
            }
        }
    }
}

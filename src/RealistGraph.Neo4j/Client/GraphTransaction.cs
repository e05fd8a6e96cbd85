using RealistGraph.Neo4j.Wire;

namespace RealistGraph.Neo4j.Client;

/// <summary>
/// An explicit server-side transaction. Neo4j drops an idle transaction when it expires (60 s by default),
/// so a timer sends a keep-alive at half the remaining time while the caller works between statements.
/// Whatever ends a step early (a statement error, a timeout, a dropped connection, the caller's cancellation),
/// the transaction is rolled back on the server at once (DELETE, with its own short timeout), so it never keeps
/// its locks until it expires. Each step is bounded by <see cref="Neo4jOptions.TransactionStepTimeout"/>; a step
/// that runs out of it (most often waiting for another write's locks) is reported as <see cref="Neo4jBusyException"/>.
/// </summary>
internal sealed class GraphTransaction : IGraphTransaction
{
    private readonly Neo4jConnection _connection;
    private readonly IWireFormat _wire;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Timer _keepAlive;
    private ServerTransaction _server;
    private bool _finished;

    private GraphTransaction(Neo4jConnection connection, IWireFormat wire, ServerTransaction server)
    {
        _connection = connection;
        _wire = wire;
        _server = server;
        _keepAlive = new Timer(_ => _ = KeepAliveAsync(), null, Timeout.Infinite, Timeout.Infinite);
        ScheduleKeepAlive();
    }

    public static async Task<GraphTransaction> BeginAsync(Neo4jConnection connection, CancellationToken cancellationToken)
    {
        var endpoints = await connection.EndpointsAsync(cancellationToken);
        var wire = await connection.WireFormatAsync(cancellationToken);
        using var reply = await connection.SendRawAsync(HttpMethod.Post, endpoints.BeginPath, wire.KeepAliveBody(), null, cancellationToken);
        return new GraphTransaction(connection, wire, wire.ParseBegin(reply.Json.RootElement, reply.Location, endpoints.BeginPath, reply.Affinity));
    }

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default) =>
        (await RunAsync([statement], cancellationToken))[0];

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Count == 0)
        {
            return [];
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_finished, this);
            var batches = _wire.CarriesManyStatements ? [statements] : statements.Select(s => (IReadOnlyList<CypherStatement>)[s]);
            var results = new List<CypherResult>(statements.Count);
            foreach (var batch in batches)
            {
                results.AddRange(await SendAsync(_server.RunPath, _wire.RequestBody(batch), _connection.Options.TransactionStepTimeout, cancellationToken));
            }

            ScheduleKeepAlive();
            return results;
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
        {
            // Neo4j rolls back a transaction whose statement failed, but not one whose request timed out or was
            // abandoned: that one would hold its locks until it expires. DELETE it either way.
            await AbandonAsync();
            if (ex is Neo4jTimeoutException timeout)
            {
                throw new Neo4jBusyException(
                    $"A step of this write took longer than {timeout.Limit.TotalSeconds:0.#} s (another write to the same study probably held it); "
                    + "it was rolled back and nothing was written. Try again.", ex);
            }

            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Commits. Once the commit is sent its answer is awaited whatever <paramref name="cancellationToken"/> does
    /// afterwards (bounded by <see cref="Neo4jOptions.RequestTimeout"/>), so the caller reports what the graph holds.
    /// </summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_finished, this);
            cancellationToken.ThrowIfCancellationRequested();
            _finished = true;
            _keepAlive.Change(Timeout.Infinite, Timeout.Infinite);
            await SendAsync(_server.CommitPath, _wire.CarriesManyStatements ? _wire.KeepAliveBody() : null, null, CancellationToken.None);
        }
        catch (Neo4jUnavailableException ex)
        {
            // The answer never came: the commit may have happened. Make sure nothing is left open on the server, and
            // say that the outcome is unknown rather than failed.
            await AbandonAsync();
            throw new Neo4jCommitUnknownException(
                "Neo4j's answer to the commit was lost (" + ex.Message + "); the transaction may or may not have been committed.", ex);
        }
        catch (Neo4jException ex) when (ex is not Neo4jTransactionException)
        {
            // The commit failed: make sure nothing is left open on the server.
            await AbandonAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_finished)
            {
                return;
            }

            await AbandonAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Rolls back on the server, with its own short timeout and never the caller's (maybe cancelled) token.</summary>
    private async Task AbandonAsync()
    {
        _finished = true;
        try
        {
            using var reply = await _connection.SendRawAsync(
                HttpMethod.Delete, _server.RunPath, null, _server.Affinity, _connection.Options.RollbackTimeout, CancellationToken.None);
        }
        catch (Neo4jException)
        {
            // Already gone (rolled back by the server after a failed statement, or expired), or the server is
            // unreachable: then it drops the transaction itself when it expires. Nothing more can be done here.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _keepAlive.DisposeAsync();
        if (!_finished)
        {
            await RollbackAsync(CancellationToken.None);
        }

        _gate.Dispose();
    }

    private async Task<IReadOnlyList<CypherResult>> SendAsync(string path, byte[]? body, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var reply = await _connection.SendRawAsync(HttpMethod.Post, path, body ?? "{}"u8.ToArray(), _server.Affinity, timeout, cancellationToken);
        if (reply.Json.RootElement.TryGetProperty("transaction", out var tx) && WireErrors.ParseExpiry(tx) is { } expires)
        {
            _server = _server with { Expires = expires };
        }

        return _wire.ParseResults(reply.Json.RootElement);
    }

    private void ScheduleKeepAlive()
    {
        var remaining = (_server.Expires ?? DateTimeOffset.UtcNow.AddSeconds(60)) - DateTimeOffset.UtcNow;
        // Half the time left, at least 1 s and at most 10 min: a server clock far ahead would give an expiry beyond
        // what Timer.Change accepts (about 49 days).
        var due = TimeSpan.FromMilliseconds(Math.Clamp(remaining.TotalMilliseconds / 2, 1000, 600_000));
        _keepAlive.Change(due, Timeout.InfiniteTimeSpan);
    }

    private async Task KeepAliveAsync()
    {
        if (!await _gate.WaitAsync(0))
        {
            return; // a statement is running, which keeps the transaction alive by itself
        }

        try
        {
            if (!_finished)
            {
                await SendAsync(_server.RunPath, _wire.KeepAliveBody(), _connection.Options.RollbackTimeout, CancellationToken.None);
                ScheduleKeepAlive();
            }
        }
        catch (Neo4jException)
        {
            // The next statement reports the lost transaction to the caller.
        }
        finally
        {
            _gate.Release();
        }
    }
}

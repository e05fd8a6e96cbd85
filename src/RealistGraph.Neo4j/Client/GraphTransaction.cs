using RealistGraph.Neo4j.Wire;

namespace RealistGraph.Neo4j.Client;

/// <summary>
/// An explicit server-side transaction. Neo4j drops an idle transaction when it expires (60 s by default),
/// so a timer sends a keep-alive at half the remaining time while the caller works between statements.
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
                results.AddRange(await SendAsync(_server.RunPath, _wire.RequestBody(batch), cancellationToken));
            }

            ScheduleKeepAlive();
            return results;
        }
        catch (Neo4jException)
        {
            // Neo4j rolls a transaction back itself when a statement in it fails.
            _finished = true;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_finished, this);
            _finished = true;
            await SendAsync(_server.CommitPath, _wire.CarriesManyStatements ? _wire.KeepAliveBody() : null, cancellationToken);
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

            _finished = true;
            using var reply = await _connection.SendRawAsync(HttpMethod.Delete, _server.RunPath, null, _server.Affinity, cancellationToken);
        }
        catch (Neo4jTransactionException)
        {
            // Already gone (expired or rolled back by the server): nothing left to undo.
        }
        finally
        {
            _gate.Release();
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

    private async Task<IReadOnlyList<CypherResult>> SendAsync(string path, byte[]? body, CancellationToken cancellationToken)
    {
        using var reply = await _connection.SendRawAsync(HttpMethod.Post, path, body ?? "{}"u8.ToArray(), _server.Affinity, cancellationToken);
        if (reply.Json.RootElement.TryGetProperty("transaction", out var tx) && WireErrors.ParseExpiry(tx) is { } expires)
        {
            _server = _server with { Expires = expires };
        }

        return _wire.ParseResults(reply.Json.RootElement);
    }

    private void ScheduleKeepAlive()
    {
        var remaining = (_server.Expires ?? DateTimeOffset.UtcNow.AddSeconds(60)) - DateTimeOffset.UtcNow;
        var due = TimeSpan.FromMilliseconds(Math.Max(1000, remaining.TotalMilliseconds / 2));
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
                await SendAsync(_server.RunPath, _wire.KeepAliveBody(), CancellationToken.None);
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

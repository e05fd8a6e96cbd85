using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Tests.Client;

/// <summary>
/// The client side of "writes that cannot wedge", against a real HTTP listener: a transaction whose step times out
/// or is cancelled is DELETEd on the server at once; a commit that was sent is awaited even if cancellation follows.
/// </summary>
public sealed class GraphTransactionRollbackTests : IAsyncDisposable
{
    private static readonly CypherStatement _statement = new("RETURN 1 AS n");
    private readonly FakeNeo4jServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private GraphDatabase Database(TimeSpan stepTimeout) => new(
        new Neo4jConnection(Options.Create(new Neo4jOptions
        {
            Url = _server.Url,
            TransactionStepTimeout = stepTimeout,
            RollbackTimeout = TimeSpan.FromSeconds(2),
            MaxTransientRetries = 0,
        }), NullLogger<Neo4jConnection>.Instance),
        NullLogger<GraphDatabase>.Instance);

    [Fact]
    public async Task A_step_that_times_out_is_rolled_back_on_the_server_and_reported_busy()
    {
        _server.RunDelay = TimeSpan.FromSeconds(30);
        using var database = Database(TimeSpan.FromSeconds(1));

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<Neo4jBusyException>(() => database.InTransactionAsync((tx, ct) => tx.RunAsync(_statement, ct)));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains("DELETE /db/data/transaction/7", _server.Requests);
        Assert.DoesNotContain("POST /db/data/transaction/7/commit", _server.Requests);
    }

    [Fact]
    public async Task A_step_cancelled_by_the_caller_is_rolled_back_on_the_server()
    {
        _server.RunDelay = TimeSpan.FromSeconds(30);
        using var database = Database(TimeSpan.FromSeconds(20));
        using var hangUp = new CancellationTokenSource();

        // The caller hangs up once the statement is running on the server (a fixed delay raced the first request on a
        // loaded machine, so nothing had been opened to roll back).
        var running = database.InTransactionAsync((tx, ct) => tx.RunAsync(_statement, ct), hangUp.Token);
        while (!_server.Requests.Contains("POST /db/data/transaction/7") && !running.IsCompleted)
        {
            await Task.Delay(20);
        }

        await hangUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        Assert.Contains("DELETE /db/data/transaction/7", _server.Requests);
    }

    [Fact]
    public async Task A_commit_that_was_sent_is_awaited_even_when_cancellation_follows()
    {
        _server.CommitDelay = TimeSpan.FromSeconds(1);
        using var database = Database(TimeSpan.FromSeconds(20));
        using var cancel = new CancellationTokenSource();

        var result = await database.InTransactionAsync(async (tx, ct) =>
        {
            var rows = await tx.RunAsync(_statement, ct);
            cancel.CancelAfter(TimeSpan.FromMilliseconds(200)); // arrives while the commit is on its way
            return rows.Records.Count;
        }, cancel.Token);

        Assert.Equal(1, result);
        Assert.True(cancel.IsCancellationRequested);
        Assert.Contains("POST /db/data/transaction/7/commit", _server.Requests);
        Assert.DoesNotContain("DELETE /db/data/transaction/7", _server.Requests);
    }
}

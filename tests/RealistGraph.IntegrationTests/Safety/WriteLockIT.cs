using System.Diagnostics;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.IntegrationTests.Safety;

/// <summary>
/// Issue 9: a write that timed out was marked finished but never rolled back, so its study stayed write-locked until
/// Neo4j was restarted. Here a write waiting for another's lock ends within seconds as a busy conflict, its
/// transaction is rolled back on the server, and the next write goes through at once.
/// </summary>
public sealed class WriteLockIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private static readonly CypherStatement _touch =
        new("MATCH (s:Study {id: 'locked'}) SET s.touched = coalesce(s.touched, 0) + 1 RETURN s.touched AS touched");

    [Fact]
    public async Task A_write_waiting_for_a_lock_is_refused_within_seconds_and_leaves_no_lock_behind()
    {
        await Fixture.Database.RunAsync(new CypherStatement("CREATE (:Study {id: 'locked', title: 'lock test'})"));
        // Two clients, as two processes would be (the service and a CLI import): within one process writes take turns.
        var (holderDatabase, holderConnection) = SafetyClients.Database(TimeSpan.FromSeconds(2));
        var (database, connection) = SafetyClients.Database(TimeSpan.FromSeconds(2));
        using var _ = connection;
        using var __ = holderConnection;

        // The holder takes the study's write lock and keeps it while the waiter tries.
        var holding = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var holder = holderDatabase.InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(_touch, ct);
            holding.SetResult();
            await release.Task;
            return 0;
        });
        await holding.Task;

        var clock = Stopwatch.StartNew();
        var refused = await Assert.ThrowsAsync<Neo4jBusyException>(() => database.InTransactionAsync((tx, ct) => tx.RunAsync(_touch, ct)));
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10));
        Assert.Contains("rolled back", refused.Message, StringComparison.Ordinal);

        release.SetResult();
        await holder;

        // Without the rollback the waiter's transaction would still be queued for the lock, and this write would wait behind it.
        clock.Restart();
        var touched = (await database.InTransactionAsync((tx, ct) => tx.RunAsync(_touch, ct))).Single().GetInt64("touched");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the next write took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(2, touched); // the holder's write and this one; the refused one wrote nothing
    }

    [Fact]
    public async Task A_write_cancelled_while_it_waits_for_a_lock_is_rolled_back_on_the_server()
    {
        await Fixture.Database.RunAsync(new CypherStatement("CREATE (:Study {id: 'locked', title: 'lock test'})"));
        var (holderDatabase, holderConnection) = SafetyClients.Database(TimeSpan.FromSeconds(30));
        var (database, connection) = SafetyClients.Database(TimeSpan.FromSeconds(30));
        using var _ = connection;
        using var __ = holderConnection;
        var holding = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var holder = holderDatabase.InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(_touch, ct);
            holding.SetResult();
            await release.Task;
            return 0;
        });
        await holding.Task;

        // The client hangs up while its statement waits for the lock (the request is in flight on the server).
        using var hangUp = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => database.InTransactionAsync((tx, ct) => tx.RunAsync(_touch, ct), hangUp.Token));
        release.SetResult();
        await holder;

        var clock = Stopwatch.StartNew();
        var touched = (await database.InTransactionAsync((tx, ct) => tx.RunAsync(_touch, ct))).Single().GetInt64("touched");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the next write took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(2, touched);
    }
}

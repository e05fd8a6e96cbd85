namespace RealistGraph.Api.Hosting;

/// <summary>
/// Gives the memory of heavy requests back once the service is idle. A 50,000-quote import or a read of every quote
/// with its text passes about 1 GB through the managed heap; afterwards almost none of it is live, but .NET collects
/// only when something allocates, so an idle service kept it all (issue 11: about 1 GB for good after a 50k import).
/// When no request has been in flight for <see cref="IdleFor"/> and at least <see cref="AllocatedBetweenReturns"/>
/// bytes were allocated since the last return, one compacting collection in <see cref="GCCollectionMode.Aggressive"/>
/// mode returns the freed memory and decommits what the heap does not need. A busy service is never paused by it, and
/// an idle one at most once per that much allocation.
/// <para>
/// The shared array pools (<see cref="System.Buffers.ArrayPool{T}.Shared"/>) keep what heavy requests rented: the
/// buffers a large Neo4j reply was parsed in, the 6 × a string's length System.Text.Json rents to escape a long one.
/// They let an array go only during a gen-2 collection, and only one not used for 30 s (per thread) or 60 s (per core)
/// by then, so the return's own collection drops none, and an idle service makes no other. So while the service stays
/// idle after a return, one more collection every <see cref="PoolTrimEvery"/> for <see cref="PoolTrimFor"/> lets them go.
/// </para>
/// </summary>
public sealed class IdleMemoryReturn(ILogger<IdleMemoryReturn> logger) : BackgroundService
{
    public static readonly TimeSpan IdleFor = TimeSpan.FromSeconds(2);
    public const long AllocatedBetweenReturns = 256L * 1024 * 1024;
    public static readonly TimeSpan PoolTrimEvery = TimeSpan.FromSeconds(16);
    public static readonly TimeSpan PoolTrimFor = TimeSpan.FromSeconds(100);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    // Counted for the whole process, not per service: the collection pauses every thread of the process, so it must
    // wait for the requests of every host in it (the integration tests run several services in one process; a return
    // made for one of them paused another's timed request).
    private static int _inFlight;
    private static long _lastActivity = Environment.TickCount64;
    private long _allocatedAtLastReturn = GC.GetTotalAllocatedBytes();
    private long? _lastReturnAt;
    private long _lastCollectionAt;

    /// <summary>How many times memory was returned.</summary>
    public int Returns { get; private set; }

    /// <summary>How many collections after a return were made for the array pools.</summary>
    public int PoolTrims { get; private set; }

    /// <summary>Requests the process is working on now (of this service and of any other it hosts).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

#pragma warning disable CA1822 // instance methods: callers reach them through the service they count for
    public void RequestStarted()
    {
        Interlocked.Increment(ref _inFlight);
        Volatile.Write(ref _lastActivity, Environment.TickCount64);
    }

    public void RequestEnded()
    {
        Volatile.Write(ref _lastActivity, Environment.TickCount64);
        Interlocked.Decrement(ref _inFlight);
    }
#pragma warning restore CA1822

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Poll);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!IsIdle())
            {
                continue;
            }

            if (GC.GetTotalAllocatedBytes() - _allocatedAtLastReturn >= AllocatedBetweenReturns)
            {
                Return();
            }
            else if (PoolTrimDue())
            {
                TrimPools();
            }
        }
    }

    private bool IsIdle() =>
        InFlight == 0
        && Environment.TickCount64 - Volatile.Read(ref _lastActivity) >= (long)IdleFor.TotalMilliseconds;

    private bool PoolTrimDue()
    {
        var now = Environment.TickCount64;
        return _lastReturnAt is { } returnedAt
            && now - returnedAt <= (long)PoolTrimFor.TotalMilliseconds
            && now - _lastCollectionAt >= (long)PoolTrimEvery.TotalMilliseconds;
    }

    private void TrimPools()
    {
        var before = Environment.WorkingSet;
        Collect();
        PoolTrims++;
        logger.LogDebug("Idle: array pools trimmed, working set {Before} MB → {After} MB", before / (1024 * 1024), Environment.WorkingSet / (1024 * 1024));
    }

    private void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _lastCollectionAt = Environment.TickCount64;
    }

    private void Return()
    {
        var before = Environment.WorkingSet;
        Collect();
        _lastReturnAt = _lastCollectionAt;
        _allocatedAtLastReturn = GC.GetTotalAllocatedBytes();
        Returns++;
        logger.LogInformation("Idle: memory returned after heavy requests, working set {Before} MB → {After} MB, live managed objects {Live} MB",
            before / (1024 * 1024), Environment.WorkingSet / (1024 * 1024), GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024));
    }
}

public static class IdleMemoryReturnExtensions
{
    /// <summary>Counts the requests in flight for <see cref="IdleMemoryReturn"/>.</summary>
    public static IApplicationBuilder UseIdleMemoryReturn(this IApplicationBuilder app)
    {
        var idle = app.ApplicationServices.GetRequiredService<IdleMemoryReturn>();
        return app.Use(async (context, next) =>
        {
            idle.RequestStarted();
            try
            {
                await next(context);
            }
            finally
            {
                idle.RequestEnded();
            }
        });
    }
}

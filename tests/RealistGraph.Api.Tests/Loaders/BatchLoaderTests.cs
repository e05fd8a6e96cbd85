using RealistGraph.Api.GraphQL.Loaders;

namespace RealistGraph.Api.Tests.Loaders;

public sealed class BatchLoaderTests
{
    private readonly List<IReadOnlyCollection<string>> _fetches = [];

    [Fact]
    public async Task The_keys_of_one_level_are_fetched_in_one_call()
    {
        var loader = Loader();
        var a = loader.Load("a");
        var b = loader.Load("b");
        var c = loader.Load("c");

        var values = await Task.WhenAll(a.GetResultAsync(), b.GetResultAsync(), c.GetResultAsync());

        Assert.Equal(["A", "B", "C"], values);
        var fetch = Assert.Single(_fetches);
        Assert.Equal(["a", "b", "c"], fetch.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_failed_fetch_fails_every_key_of_its_batch_once_and_a_later_request_fetches_again()
    {
        var calls = 0;
        var failure = new TaskCompletionSource();
        var loader = new BatchLoader<string>(
            async (keys, _) =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    await failure.Task;
                    throw new InvalidOperationException("Neo4j failed");
                }

                return keys.ToDictionary(k => k, k => k.ToUpperInvariant());
            },
            "(missing)");
        var loadA = loader.Load("a");
        var loadB = loader.Load("b");
        var a = loadA.GetResultAsync();
        var b = loadB.GetResultAsync();
        failure.SetResult();

        // One error for the level, not one fetch per key, each after the one before had failed (or timed out).
        await Assert.ThrowsAsync<InvalidOperationException>(() => a);
        await Assert.ThrowsAsync<InvalidOperationException>(() => b);
        Assert.Equal(1, calls);
        Assert.Equal("A", await loader.Load("a").GetResultAsync());
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_key_asked_twice_is_fetched_once()
    {
        var loader = Loader();
        var first = loader.Load("a");
        var again = loader.Load("a");

        Assert.Equal("A", await first.GetResultAsync());
        Assert.Equal("A", await again.GetResultAsync());
        Assert.Equal(["a"], Assert.Single(_fetches));
    }

    [Fact]
    public async Task A_loaded_key_is_served_from_the_cache_on_a_later_level()
    {
        var loader = Loader();
        await loader.Load("a").GetResultAsync();

        var later = loader.Load("a");
        var next = loader.Load("b");

        Assert.Equal("A", await later.GetResultAsync());
        Assert.Equal("B", await next.GetResultAsync());
        Assert.Equal(2, _fetches.Count);
        Assert.Equal(["b"], _fetches[1]);
    }

    [Fact]
    public async Task A_key_the_fetch_does_not_return_gets_the_missing_value()
    {
        var loader = Loader();
        var known = loader.Load("a");
        var unknown = loader.Load("nobody");

        Assert.Equal("A", await known.GetResultAsync());
        Assert.Equal("(missing)", await unknown.GetResultAsync());
        Assert.Single(_fetches);
    }

    [Fact]
    public async Task A_cancelled_wait_fetches_nothing()
    {
        var loader = Loader();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loader.Load("a").GetResultAsync(cancelled.Token));

        Assert.Empty(_fetches);
    }

    [Fact]
    public async Task Cancelling_passes_to_the_fetch_and_the_next_request_fetches_again()
    {
        var started = new TaskCompletionSource();
        var calls = 0;
        var loader = new BatchLoader<string>(
            async (keys, ct) =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    started.SetResult();
                    await Task.Delay(Timeout.Infinite, ct);
                }

                return keys.ToDictionary(k => k, k => k.ToUpperInvariant());
            },
            "(missing)");
        using var cancel = new CancellationTokenSource();

        var pending = loader.Load("a").GetResultAsync(cancel.Token);
        await started.Task;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        Assert.Equal("A", await loader.Load("a").GetResultAsync());
        Assert.Equal(2, calls);
    }

    private BatchLoader<string> Loader() => new(
        (keys, _) =>
        {
            _fetches.Add([.. keys]);
            IReadOnlyDictionary<string, string> found = keys.Where(k => k != "nobody").ToDictionary(k => k, k => k.ToUpperInvariant());
            return Task.FromResult(found);
        },
        "(missing)");
}

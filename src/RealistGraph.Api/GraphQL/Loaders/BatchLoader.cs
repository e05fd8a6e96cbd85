using GraphQL.DataLoader;

namespace RealistGraph.Api.GraphQL.Loaders;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET walks one level of a selection, then fetches them
/// all in one call when the first result is awaited (the execution strategy awaits delayed results only after
/// the level has been walked). Lives for one request; results are cached for it.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim needs disposing only when its wait handle is used.")]
public sealed class BatchLoader<TValue>(
    Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, TValue>>> fetch, TValue missing)
{
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TValue> _loaded = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _fetching = new(1, 1);

    public IDataLoaderResult<TValue> Load(string key)
    {
        lock (_pending)
        {
            if (!_loaded.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new Deferred(this, key);
    }

    private async Task<TValue> ResultAsync(string key, CancellationToken cancellationToken)
    {
        await _fetching.WaitAsync(cancellationToken);
        try
        {
            string[] batch;
            lock (_pending)
            {
                if (_loaded.TryGetValue(key, out var known))
                {
                    return known;
                }

                _pending.Add(key);
                batch = [.. _pending];
                _pending.Clear();
            }

            var fetched = await fetch(batch, cancellationToken);
            lock (_pending)
            {
                foreach (var k in batch)
                {
                    _loaded[k] = fetched.TryGetValue(k, out var value) ? value : missing;
                }

                return _loaded[key];
            }
        }
        finally
        {
            _fetching.Release();
        }
    }

    private sealed class Deferred(BatchLoader<TValue> loader, string key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>A result that needs no fetching (a null reference, say), in the shape resolvers return.</summary>
public sealed class ReadyResult<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}

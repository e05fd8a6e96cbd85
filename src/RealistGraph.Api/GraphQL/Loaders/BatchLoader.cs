using GraphQL.DataLoader;

namespace RealistGraph.Api.GraphQL.Loaders;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET walks one level of a selection, then fetches them
/// all in one call when the first result is awaited (the execution strategy awaits delayed results only after
/// the level has been walked). Every other key of that call awaits the same fetch, so a failed fetch is one error for
/// the level (a key waiting its turn behind a semaphore fetched again, alone, after each failure or timeout). Lives for
/// one request; results are kept for it. A failed or cancelled fetch is forgotten, so a later request for its keys fetches again.
/// </summary>
public sealed class BatchLoader<TValue>(
    Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, TValue>>> fetch, TValue missing)
{
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<IReadOnlyDictionary<string, TValue>>> _fetches = new(StringComparer.Ordinal);

    public IDataLoaderResult<TValue> Load(string key)
    {
        lock (_pending)
        {
            if (!_fetches.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new Deferred(this, key);
    }

    private async Task<TValue> ResultAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Task<IReadOnlyDictionary<string, TValue>>? batch;
        TaskCompletionSource<IReadOnlyDictionary<string, TValue>>? mine = null;
        string[] keys = [];
        lock (_pending)
        {
            if (!_fetches.TryGetValue(key, out batch))
            {
                _pending.Add(key);
                keys = [.. _pending];
                _pending.Clear();
                mine = new TaskCompletionSource<IReadOnlyDictionary<string, TValue>>();
                batch = mine.Task;
                foreach (var k in keys)
                {
                    _fetches[k] = batch;
                }
            }
        }

        if (mine is not null)
        {
            // The fetch runs with the token of the first caller; the others of a request share it.
            try
            {
                mine.SetResult(await fetch(keys, cancellationToken));
            }
            catch (Exception ex)
            {
                lock (_pending)
                {
                    foreach (var k in keys)
                    {
                        _fetches.Remove(k);
                    }
                }

                mine.SetException(ex);
            }
        }

        var fetched = await batch.WaitAsync(cancellationToken);
        return fetched.TryGetValue(key, out var value) ? value : missing;
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

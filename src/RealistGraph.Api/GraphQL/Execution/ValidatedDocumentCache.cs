using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using RealistGraph.Api.GraphQL.Limits;

namespace RealistGraph.Api.GraphQL.Execution;

/// <summary>
/// Parsed documents that passed validation, keyed by their exact text and operation name, so that a request sent
/// again skips parsing and the rules that read the text alone (the core rules, the document's shape). The rules that
/// read the variables, the caller or the request's method run on every request:
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/> replaces the full set on a hit, and a request without
/// that set is never served from the cache. Only a document whose request passed every rule is kept. Bounded by
/// <see cref="RequestLimits.DocumentCacheEntries"/> and <see cref="RequestLimits.DocumentCacheCharacters"/>; the
/// least recently used document goes first.
/// </summary>
public sealed class ValidatedDocumentCache(IOptions<RequestLimits> limits) : IConfigureExecution
{
    private readonly int _maxEntries = limits.Value.DocumentCacheEntries;
    private readonly long _maxCharacters = limits.Value.DocumentCacheCharacters;
    private readonly Lock _lock = new();
    private readonly Dictionary<Key, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _byUse = []; // most recently used first
    private long _characters;
    private long _hits;
    private long _misses;

    /// <summary>After the execution options are configured (100), so the rule sets it swaps are complete.</summary>
    public float SortOrder => 200;

    public CacheFigures Figures
    {
        get
        {
            lock (_lock)
            {
                return new(_entries.Count, _characters, Interlocked.Read(ref _hits), Interlocked.Read(ref _misses));
            }
        }
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query || options.CachedDocumentValidationRules is not { } cachedRules
            || _maxEntries <= 0 || query.Length > _maxCharacters)
        {
            return await next(options);
        }

        var key = new Key(query, options.OperationName);
        if (Find(key) is { } document)
        {
            Interlocked.Increment(ref _hits);
            options.Document = document;
            options.ValidationRules = cachedRules;
            return await next(options);
        }

        Interlocked.Increment(ref _misses);
        var result = await next(options);
        if (result.Executed && result.Document is { } validated)
        {
            Add(key, validated);
        }

        return result;
    }

    private GraphQLDocument? Find(Key key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            _byUse.Remove(node);
            _byUse.AddFirst(node);
            return node.Value.Document;
        }
    }

    private void Add(Key key, GraphQLDocument document)
    {
        lock (_lock)
        {
            if (_entries.ContainsKey(key))
            {
                return; // another request with the same text got here first
            }

            var node = _byUse.AddFirst(new Entry(key, document));
            _entries.Add(key, node);
            _characters += key.Size;
            while (_entries.Count > _maxEntries || _characters > _maxCharacters)
            {
                var oldest = _byUse.Last!;
                _byUse.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _characters -= oldest.Value.Key.Size;
            }
        }
    }

    private readonly record struct Key(string Query, string? OperationName)
    {
        public long Size => Query.Length + (OperationName?.Length ?? 0);
    }

    private sealed record Entry(Key Key, GraphQLDocument Document);

    /// <summary>What the cache holds and how often it answered.</summary>
    public readonly record struct CacheFigures(int Entries, long Characters, long Hits, long Misses);
}

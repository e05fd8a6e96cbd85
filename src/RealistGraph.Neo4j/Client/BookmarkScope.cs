namespace RealistGraph.Neo4j.Client;

/// <summary>
/// The bookmarks of one unit of causally related work (one HTTP request to the service, the start-up work): every
/// transaction in the scope waits until the cluster member running it has seen the latest bookmark the scope holds,
/// and every commit moves the scope on to its own bookmark. Outside a scope nothing is sent: requests are then
/// as consistent as the member that serves them. The scope is per unit of work, not per process, so that one
/// client's requests are never slowed down by another's writes, and so that replicas of the service need share nothing:
/// a client that wants to read its writes through another replica passes the bookmark on (the <c>Neo4j-Bookmarks</c>
/// header of the service).
/// </summary>
public sealed class BookmarkScope
{
    private static readonly AsyncLocal<BookmarkScope?> CurrentScope = new();
    private readonly Lock _gate = new();
    private IReadOnlyList<string> _latest;

    private BookmarkScope(IReadOnlyList<string> initial) => _latest = initial;

    public static BookmarkScope? Current => CurrentScope.Value;

    /// <summary>The bookmarks the next transaction must wait for (empty: none yet).</summary>
    public IReadOnlyList<string> Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    /// <summary>Starts a scope for the current async flow, waiting first for <paramref name="initial"/>; dispose to end it.</summary>
    public static IDisposable Begin(IEnumerable<string>? initial, out BookmarkScope scope)
    {
        var previous = CurrentScope.Value;
        scope = new BookmarkScope((initial ?? []).Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => b.Trim()).Distinct(StringComparer.Ordinal).ToList());
        CurrentScope.Value = scope;
        return new Restore(previous);
    }

    /// <summary>A reply carried bookmarks: they describe a state that includes everything the scope waited for.</summary>
    internal void Advance(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _latest = bookmarks;
        }
    }

    private sealed class Restore(BookmarkScope? previous) : IDisposable
    {
        public void Dispose() => CurrentScope.Value = previous;
    }
}

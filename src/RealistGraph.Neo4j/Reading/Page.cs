namespace RealistGraph.Neo4j.Reading;

/// <summary>Which slice of an ordered result to read. <see cref="OrderBy"/> names a key the page query knows, or null for document order.</summary>
public sealed record PageRequest(int Skip, int Limit, string? OrderBy, bool Descending);

/// <summary>
/// A slice of an ordered result: its items from position <see cref="Skip"/>, whether more follow, and how many there are
/// in all when that was counted (null when the reader was told not to count).
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Skip, bool HasNextPage, int? TotalCount);

public static class Page
{
    /// <summary>A page cut from a result whose size is known.</summary>
    public static Page<T> Counted<T>(IReadOnlyList<T> items, int skip, int totalCount) => new(items, skip, skip + items.Count < totalCount, totalCount);
}

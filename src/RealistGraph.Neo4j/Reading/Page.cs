namespace RealistGraph.Neo4j.Reading;

/// <summary>Which slice of an ordered result to read. <see cref="OrderBy"/> names a key the page query knows, or null for document order.</summary>
public sealed record PageRequest(int Skip, int Limit, string? OrderBy, bool Descending);

public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int Skip);

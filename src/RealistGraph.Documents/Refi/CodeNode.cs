namespace RealistGraph.Documents.Refi;

/// <summary>A code of a REFI codebook (or a CSV code path), independent of the file it came from.</summary>
internal sealed class CodeNode
{
    public required string Guid { get; init; }

    public required string Name { get; init; }

    public bool IsCodable { get; init; } = true;

    public string? Description { get; init; }

    /// <summary>The code's colour as the project wrote it (<c>#RRGGBB</c>), if any.</summary>
    public string? Color { get; init; }

    public CodeNode? Parent { get; init; }

    public List<CodeNode> Children { get; } = [];

    public string Path => Parent is null ? Name : $"{Parent.Path}/{Name}";

    public IEnumerable<CodeNode> SelfAndDescendants()
    {
        yield return this;
        foreach (var descendant in Children.SelectMany(c => c.SelfAndDescendants()))
        {
            yield return descendant;
        }
    }

    /// <summary>True when <paramref name="key"/> (a guid, a name or a path) names this code.</summary>
    public bool IsNamedBy(string key) =>
        RefiGuid.Normalize(key) == Guid
        || string.Equals(key.Trim(), Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(key.Trim().Trim('/'), Path, StringComparison.OrdinalIgnoreCase);
}

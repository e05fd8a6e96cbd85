namespace RealistGraph.Domain.Model;

public sealed record Study(
    string Id,
    string Title,
    IReadOnlyList<string> Authors,
    int? Year,
    string? Doi,
    string? Journal,
    string? Design,
    int? SampleSize,
    string? Setting,
    string? Summary)
{
    /// <summary>The GUIDs, colours and codability of the QDA project the study came from, as JSON (opaque to the graph).</summary>
    public string? Qda { get; init; }
}

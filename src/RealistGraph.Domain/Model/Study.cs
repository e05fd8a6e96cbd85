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
    string? Summary);

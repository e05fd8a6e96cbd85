namespace RealistGraph.Documents.Refi;

public sealed record RefiImportOptions
{
    public RefiMapping Mapping { get; init; } = new();

    public RefiLimits Limits { get; init; } = RefiLimits.Default;
}

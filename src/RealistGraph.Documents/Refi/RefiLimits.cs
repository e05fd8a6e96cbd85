namespace RealistGraph.Documents.Refi;

/// <summary>Caps that keep a hostile or broken archive (zip bomb, millions of entries) from exhausting memory.</summary>
public sealed record RefiLimits
{
    public static RefiLimits Default { get; } = new();

    public int MaxEntries { get; init; } = 10_000;

    public long MaxTotalUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    public long MaxEntryUncompressedBytes { get; init; } = 100L * 1024 * 1024;
}

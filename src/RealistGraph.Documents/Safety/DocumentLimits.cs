using System.Globalization;

namespace RealistGraph.Documents.Safety;

/// <summary>
/// Caps on what one document may make the reader do, checked before the work is done: its size in bytes and how
/// deeply it nests (so recursion cannot overflow the stack). The same values hold for the CLI, the service and every
/// importer. <c>REALIST_MAX_DOCUMENT_MB</c> and <c>REALIST_MAX_DOCUMENT_DEPTH</c> change the defaults.
/// </summary>
public sealed record DocumentLimits
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;
    public const int DefaultMaxDepth = 64;

    public static DocumentLimits Default { get; } = FromEnvironment();

    /// <summary>The largest document (or CSV, or XML entry) read, in bytes.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>How many levels of mappings, sequences or XML elements may nest. A study document needs about 6.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    public string MaxBytesText => MaxBytes >= 1024 * 1024 ? $"{MaxBytes / (1024 * 1024)} MB" : $"{MaxBytes} bytes";

    private static DocumentLimits FromEnvironment()
    {
        var limits = new DocumentLimits();
        if (Positive("REALIST_MAX_DOCUMENT_MB") is { } megabytes)
        {
            limits = limits with { MaxBytes = megabytes * 1024 * 1024 };
        }

        if (Positive("REALIST_MAX_DOCUMENT_DEPTH") is { } depth)
        {
            limits = limits with { MaxDepth = (int)Math.Min(depth, 10_000) };
        }

        return limits;
    }

    private static long? Positive(string variable) =>
        long.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;
}

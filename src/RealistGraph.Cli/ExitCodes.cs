namespace RealistGraph.Cli;

/// <summary>What the process returns; scripts act on these. <see cref="Table"/> is what the help prints.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A document is invalid (nothing was written), the study asked for does not exist, or Neo4j refused a write.</summary>
    public const int Invalid = 1;

    /// <summary>The command line is wrong: unknown command or option, missing file, unsupported format.</summary>
    public const int Usage = 2;

    /// <summary>Neo4j cannot be reached or refuses the credentials.</summary>
    public const int Unavailable = 3;

    /// <summary>Ctrl-C: the study being written was rolled back.</summary>
    public const int Cancelled = 130;

    public static IReadOnlyList<(int Code, string Meaning)> Table { get; } =
    [
        (Ok, "done"),
        (Invalid, "a document is invalid (nothing imported), the study does not exist, or Neo4j refused a write"),
        (Usage, "the command line is wrong: unknown command or option, missing file, unsupported format"),
        (Unavailable, "Neo4j cannot be reached or refuses the credentials"),
        (Cancelled, "cancelled (Ctrl-C)"),
    ];
}

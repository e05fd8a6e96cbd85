namespace RealistGraph.Cli;

/// <summary>What the process returns; scripts act on these.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A document is invalid (nothing was written), the study asked for does not exist, or Neo4j refused a write.</summary>
    public const int Invalid = 1;

    /// <summary>The command line is wrong: unknown command or option, missing file, unsupported format.</summary>
    public const int Usage = 2;

    /// <summary>Neo4j cannot be reached or refuses the credentials.</summary>
    public const int Unavailable = 3;
}

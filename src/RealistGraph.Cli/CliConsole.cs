namespace RealistGraph.Cli;

/// <summary>
/// Where the CLI writes: results on <see cref="Out"/>, problems and progress notes on <see cref="Error"/>.
/// <see cref="IsInteractive"/> is true when stdout is a terminal: only then is progress animated.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsInteractive)
{
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsOutputRedirected);
}

namespace RealistGraph.Cli.Commands;

/// <summary><c>validate FILE...</c>: reads and validates study documents without touching the graph.</summary>
public static class ValidateCommand
{
    public static async Task<int> RunAsync(CommandLine line, CliConsole console, CancellationToken cancellationToken)
    {
        var files = line.Positionals;
        DocumentFiles.EnsureReadable(files, "validation");
        var invalid = 0;
        foreach (var file in files)
        {
            var loaded = await DocumentFiles.LoadAsync(file, cancellationToken);
            if (loaded.Document is null)
            {
                invalid++;
                await ProblemReport.WriteAsync(console.Error, file, loaded.Problems);
                await console.Out.WriteLineAsync($"{file}: invalid, {loaded.Problems.Count} problem(s)");
            }
            else
            {
                await console.Out.WriteLineAsync($"{file}: valid (study {loaded.Document.Id})");
            }
        }

        return invalid == 0 ? ExitCodes.Ok : ExitCodes.Invalid;
    }
}

using System.CommandLine;

namespace RealistGraph.Cli.Commands;

/// <summary><c>validate FILE...</c>: reads and validates study files without touching the graph.</summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = DocumentFiles.Argument();
        var command = new Command("validate", "Read and check study files, every problem with its place; touches no database.") { files };
        command.SetAction((parsed, cancellationToken) => RunAsync(parsed.GetRequiredValue(files), console, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] files, CliConsole console, CancellationToken cancellationToken)
    {
        DocumentFiles.EnsureReadable(files, "validation");
        var invalid = 0;
        foreach (var file in files)
        {
            var loaded = await DocumentFiles.LoadAsync(file, cancellationToken);
            if (loaded.Study is null)
            {
                invalid++;
                await ProblemReport.WriteAsync(console.Error, file, loaded.Problems);
                await console.Out.WriteLineAsync($"{file}: invalid, {loaded.Problems.Count} problem(s)");
            }
            else
            {
                await console.Out.WriteLineAsync($"{file}: valid (study {loaded.Study.Document.Id})");
            }
        }

        return invalid == 0 ? ExitCodes.Ok : ExitCodes.Invalid;
    }
}

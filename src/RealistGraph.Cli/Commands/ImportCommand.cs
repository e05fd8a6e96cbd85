using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Studies;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Cli.Commands;

/// <summary>
/// <c>import [--dry-run] [--strict] [--mapping M] FILE...</c>: every file is read and validated before the graph is
/// touched, so one invalid file means nothing is imported (exit 1). Then each study is written in its own transaction.
/// A dry run prints what each file would give (and what each QDA code became) and never connects to Neo4j.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliConsole console, CliHost host)
    {
        var files = DocumentFiles.Argument();
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and check every file, print what each code became, write nothing." };
        var strict = new Option<bool>("--strict") { Description = "Mapping keys that match no code, or several, are errors instead of warnings." };
        var mapping = new Option<string?>("--mapping")
        {
            Description = "The mapping file for the QDA files (default: {name}.mapping.yaml beside each file, when there is one).",
            HelpName = "FILE",
        };
        var command = new Command(
            "import",
            "Check every file, then import each study in its own transaction; the same document twice changes nothing. "
            + "A QDA file (.qdpx, .qdc, .csv) reads {name}.mapping.yaml beside it when there is one.")
        {
            files, dryRun, strict, mapping,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetRequiredValue(files), new Flags(parsed.GetValue(dryRun), parsed.GetValue(strict), parsed.GetValue(mapping)), console, host, cancellationToken));
        return command;
    }

    private sealed record Flags(bool DryRun, bool Strict, string? Mapping);

    private static async Task<int> RunAsync(string[] files, Flags flags, CliConsole console, CliHost host, CancellationToken cancellationToken)
    {
        DocumentFiles.EnsureReadable(files, "import");
        if (flags.Mapping is not null && !File.Exists(flags.Mapping))
        {
            throw new UsageException($"--mapping {flags.Mapping}: no such file");
        }

        var loaded = new List<LoadedFile>();
        foreach (var file in files)
        {
            loaded.Add(await DocumentFiles.LoadAsync(file, cancellationToken, IsQda(file) ? flags.Mapping : null, flags.Strict));
        }

        var invalid = loaded.Where(f => f.Study is null).ToList();
        if (invalid.Count > 0)
        {
            foreach (var file in invalid)
            {
                await ProblemReport.WriteAsync(console.Error, file.Path, file.Problems);
            }

            await console.Error.WriteLineAsync($"realist-cli: {invalid.Count} of {files.Length} file(s) invalid; nothing imported");
            return ExitCodes.Invalid;
        }

        if (flags.DryRun)
        {
            foreach (var file in loaded)
            {
                await DryRunReport.WriteAsync(console.Out, file.Path, new StudyImportReport(file.Study!, null));
            }

            return ExitCodes.Ok;
        }

        var importer = (await host.GraphAsync(cancellationToken)).GetRequiredService<StudyImportService>();
        for (var i = 0; i < loaded.Count; i++)
        {
            var file = loaded[i];
            await using var progress = Progress.Start(console, $"[{i + 1}/{loaded.Count}] importing {file.Path}");
            try
            {
                var outcome = await importer.ImportAsync(file.Study!, cancellationToken);
                progress.Complete($"{file.Path}: {outcome.Describe()} ({progress.Elapsed.TotalSeconds:0.0} s)");
            }
            catch (Neo4jConflictException ex)
            {
                // The study's transaction was rolled back; files before it stay imported.
                progress.Complete($"{file.Path}: not imported, it conflicts with stored data ({ex.ServerMessage})", console.Error);
                return ExitCodes.Invalid;
            }
            catch (Neo4jOutOfMemoryException ex)
            {
                // Rolled back; the message names the heap, the rows and what to do (not "is Neo4j running?").
                progress.Complete($"{file.Path}: not imported: {ex.Message}", console.Error);
                return ExitCodes.Invalid;
            }
            catch (Neo4jCommitUnknownException ex)
            {
                // The commit's answer was lost: the message says what the graph was found to hold (or that it is unknown).
                progress.Complete($"{file.Path}: {ex.Message}", console.Error);
                return ExitCodes.Unavailable;
            }
        }

        return ExitCodes.Ok;
    }

    private static bool IsQda(string file) => StudyFileRoutes.ForImport(StudyFileRoutes.FormatOf(file)) == StudyFileRoute.QdaFile;
}

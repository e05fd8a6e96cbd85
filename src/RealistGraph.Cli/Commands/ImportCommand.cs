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

        // Every file is checked before the graph is touched; but a study read whole is as large as its document, so with
        // several files only the problems are kept, and each file is read again just before it is written.
        var invalid = new List<LoadedFile>();
        StudyFile? onlyFile = null;
        foreach (var file in files)
        {
            var checkedFile = await LoadAsync(file, flags, cancellationToken);
            if (checkedFile.Study is null)
            {
                invalid.Add(checkedFile);
            }
            else if (files.Length == 1)
            {
                onlyFile = checkedFile.Study;
            }
        }

        if (invalid.Count > 0)
        {
            foreach (var file in invalid)
            {
                await ProblemReport.WriteAsync(console.Error, file.Path, file.Problems);
            }

            await console.Error.WriteLineAsync($"realist-cli: {invalid.Count} of {files.Length} file(s) invalid; nothing imported");
            return ExitCodes.Invalid;
        }

        var importer = flags.DryRun ? null : (await host.GraphAsync(cancellationToken)).GetRequiredService<StudyImportService>();
        for (var i = 0; i < files.Length; i++)
        {
            // One file at a time, in its own method, so that a study is let go of before the next file is read.
            var exitCode = await WriteAsync(new FileInHand(files[i], $"[{i + 1}/{files.Length}]", onlyFile), flags, importer, console, cancellationToken);
            onlyFile = null;
            if (exitCode != ExitCodes.Ok)
            {
                return exitCode;
            }
        }

        return ExitCodes.Ok;
    }

    private sealed record FileInHand(string Path, string Position, StudyFile? Study);

    /// <summary>Imports one checked file (a dry run prints what it would give); its exit code.</summary>
    private static async Task<int> WriteAsync(FileInHand file, Flags flags, StudyImportService? importer, CliConsole console, CancellationToken cancellationToken)
    {
        var path = file.Path;
        var study = file.Study ?? await ReadAgainAsync(path, flags, console, cancellationToken);
        if (study is null)
        {
            return ExitCodes.Invalid;
        }

        if (importer is null)
        {
            await DryRunReport.WriteAsync(console.Out, path, new StudyImportReport(study, null));
            return ExitCodes.Ok;
        }

        await using var progress = Progress.Start(console, $"{file.Position} importing {path}");
        try
        {
            var outcome = await importer.ImportAsync(study, cancellationToken);
            progress.Complete($"{path}: {outcome.Describe()} ({progress.Elapsed.TotalSeconds:0.0} s)");
            return ExitCodes.Ok;
        }
        catch (Neo4jConflictException ex)
        {
            // The study's transaction was rolled back; files before it stay imported.
            progress.Complete($"{path}: not imported, it conflicts with stored data ({ex.ServerMessage})", console.Error);
            return ExitCodes.Invalid;
        }
        catch (Neo4jOutOfMemoryException ex)
        {
            // Rolled back; the message names the heap, the rows and what to do (not "is Neo4j running?").
            progress.Complete($"{path}: not imported: {ex.Message}", console.Error);
            return ExitCodes.Invalid;
        }
        catch (Neo4jCommitUnknownException ex)
        {
            // The commit's answer was lost: the message says what the graph was found to hold (or that it is unknown).
            progress.Complete($"{path}: {ex.Message}", console.Error);
            return ExitCodes.Unavailable;
        }
    }

    private static Task<LoadedFile> LoadAsync(string path, Flags flags, CancellationToken cancellationToken) =>
        DocumentFiles.LoadAsync(path, cancellationToken, IsQda(path) ? flags.Mapping : null, flags.Strict);

    /// <summary>A file checked before, read again to be written; null (its problems printed) if it changed and is now invalid.</summary>
    private static async Task<StudyFile?> ReadAgainAsync(string path, Flags flags, CliConsole console, CancellationToken cancellationToken)
    {
        var again = await LoadAsync(path, flags, cancellationToken);
        if (again.Study is null)
        {
            await ProblemReport.WriteAsync(console.Error, path, again.Problems);
            await console.Error.WriteLineAsync($"realist-cli: {path} changed since it was checked and is now invalid; it and the files after it were not imported");
        }

        return again.Study;
    }

    private static bool IsQda(string file) => StudyFileRoutes.ForImport(StudyFileRoutes.FormatOf(file)) == StudyFileRoute.QdaFile;
}

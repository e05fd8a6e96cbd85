using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Studies;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Schema;

namespace RealistGraph.Cli.Commands;

/// <summary>
/// <c>import FILE...</c>: every file is read and validated before anything is written, so one invalid file
/// means nothing is imported (exit 1). Then the schema is migrated and each study written in its own transaction.
/// </summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(CommandLine line, CliConsole console, IServiceProvider services, CancellationToken cancellationToken)
    {
        var files = line.Positionals;
        DocumentFiles.EnsureReadable(files, "import");

        var loaded = new List<LoadedFile>();
        foreach (var file in files)
        {
            loaded.Add(await DocumentFiles.LoadAsync(file, cancellationToken));
        }

        var invalid = loaded.Where(f => f.Document is null).ToList();
        if (invalid.Count > 0)
        {
            foreach (var file in invalid)
            {
                await ProblemReport.WriteAsync(console.Error, file.Path, file.Problems);
            }

            await console.Error.WriteLineAsync($"realist-cli: {invalid.Count} of {files.Count} file(s) invalid; nothing imported");
            return ExitCodes.Invalid;
        }

        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
        var importer = services.GetRequiredService<StudyImportService>();
        for (var i = 0; i < loaded.Count; i++)
        {
            var file = loaded[i];
            await using var progress = Progress.Start(console, $"[{i + 1}/{loaded.Count}] importing {file.Path}");
            try
            {
                var outcome = (await importer.ImportAsync(file.Document!, cancellationToken)) with { Notes = file.Notes };
                progress.Complete($"{file.Path}: {outcome.Describe()} ({progress.Elapsed.TotalSeconds:0.0} s)");
            }
            catch (StudyDocumentException ex)
            {
                progress.Complete($"{file.Path}: invalid", console.Error);
                await ProblemReport.WriteAsync(console.Error, file.Path, ex.Problems);
                return ExitCodes.Invalid;
            }
            catch (Neo4jConflictException ex)
            {
                // The study's transaction was rolled back; files before it stay imported.
                progress.Complete($"{file.Path}: not imported, it conflicts with stored data ({ex.ServerMessage})", console.Error);
                return ExitCodes.Invalid;
            }
        }

        return ExitCodes.Ok;
    }
}

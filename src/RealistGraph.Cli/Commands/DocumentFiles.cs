using RealistGraph.Application.Studies;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Cli.Commands;

/// <summary>A study file read and validated, or the problems that stop it.</summary>
public sealed record LoadedFile(string Path, StudyDocument? Document, IReadOnlyList<DocumentProblem> Problems)
{
    /// <summary>What a QDA source could not carry over (elements skipped, defaults assumed).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Reading the files named on the command line, shared by <c>validate</c> and <c>import</c>.</summary>
public static class DocumentFiles
{
    /// <summary>Checks that each file exists and has a format the CLI can read; usage errors otherwise.</summary>
    public static void EnsureReadable(IReadOnlyList<string> files, string action)
    {
        if (files.Count == 0)
        {
            throw new UsageException($"{action}: name at least one study file");
        }

        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new UsageException($"{file}: no such file");
            }

            var format = StudyFileRoutes.FormatOf(file);
            if (StudyFileRoutes.ForImport(format) == StudyFileRoute.NotSupported)
            {
                throw new UsageException($"{file}: {StudyFileRoutes.NotSupportedMessage(format, action)}");
            }
        }
    }

    /// <summary>Reads and validates one study file of any import format; every problem is reported, not just the first.</summary>
    public static async Task<LoadedFile> LoadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var file = await StudyImportService.ReadFileAsync(path, cancellationToken: cancellationToken);
            return new LoadedFile(path, file.Document, []) { Notes = file.Notes };
        }
        catch (StudyDocumentException ex)
        {
            return new LoadedFile(path, null, ex.Problems);
        }
        catch (IOException ex)
        {
            return new LoadedFile(path, null, [new DocumentProblem("", $"cannot be read: {ex.Message}")]);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new LoadedFile(path, null, [new DocumentProblem("", $"cannot be read: {ex.Message}")]);
        }
    }
}

using System.CommandLine;
using RealistGraph.Application.Studies;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Cli.Commands;

/// <summary>A study file read and validated (<see cref="Study"/>), or the problems that stop it.</summary>
public sealed record LoadedFile(string Path, StudyFile? Study, IReadOnlyList<DocumentProblem> Problems);

/// <summary>Reading the files named on the command line, shared by <c>validate</c> and <c>import</c>.</summary>
public static class DocumentFiles
{
    /// <summary>The FILE... argument of <c>validate</c> and <c>import</c>.</summary>
    public static Argument<string[]> Argument() => new("FILE")
    {
        Description = "Study files: documents (.yaml, .yml, .json), REFI-QDA projects (.qdpx) and codebooks (.qdc), coded excerpts (.csv).",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Checks that each file exists and has a format the CLI can read; usage errors otherwise.</summary>
    public static void EnsureReadable(IReadOnlyList<string> files, string action)
    {
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                // System.CommandLine hands an unknown option to FILE... as a value.
                throw new UsageException(file.StartsWith('-') ? $"unknown option {file}" : $"{file}: no such file");
            }

            var format = StudyFileRoutes.FormatOf(file);
            if (StudyFileRoutes.ForImport(format) == StudyFileRoute.NotSupported)
            {
                throw new UsageException($"{file}: {StudyFileRoutes.NotSupportedMessage(format, action)}");
            }
        }
    }

    /// <summary>Reads and validates one study file of any import format; every problem is reported, not just the first.</summary>
    public static async Task<LoadedFile> LoadAsync(string path, CancellationToken cancellationToken, string? mappingPath = null, bool strict = false)
    {
        try
        {
            return new LoadedFile(path, await StudyFileReader.ReadAsync(path, mappingPath, strict, cancellationToken), []);
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

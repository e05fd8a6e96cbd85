using RealistGraph.Documents.Safety;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Application.Studies;

/// <summary>
/// A study file received over the network rather than found on disk: its name (whose extension says the format,
/// as on the command line), its bytes, and for the QDA formats an optional mapping file's bytes.
/// </summary>
public sealed record StudyUpload(string FileName, ReadOnlyMemory<byte> Content, ReadOnlyMemory<byte>? Mapping = null);

/// <summary>
/// Reads an uploaded study exactly as <c>./realist import FILE [--mapping M]</c> reads a file: the same format rules,
/// size limits (<see cref="DocumentLimits"/>), archive guards, XML and YAML guards and validation, because it is
/// handed to <see cref="StudyFileReader.ReadAsync"/> through a private temporary folder that is deleted afterwards.
/// Writes nothing to the graph.
/// </summary>
public static class StudyUploadReader
{
    private const int MaxNameLength = 120;

    /// <summary>Throws <see cref="StudyDocumentException"/> listing every problem, named after the uploaded file (never the temporary path).</summary>
    public static async Task<StudyFile> ReadAsync(StudyUpload upload, CancellationToken cancellationToken = default)
    {
        var name = SafeName(upload.FileName);
        CheckSize(upload.Content.Length, name);
        if (upload.Mapping is { } mapping)
        {
            CheckSize(mapping.Length, "the mapping file");
        }

        var folder = Directory.CreateTempSubdirectory("realist-upload-");
        try
        {
            var path = Path.Combine(folder.FullName, name);
            await File.WriteAllBytesAsync(path, upload.Content, cancellationToken);
            string? mappingPath = null;
            if (upload.Mapping is { } mappingBytes)
            {
                mappingPath = Path.Combine(folder.FullName, Path.GetFileNameWithoutExtension(name) + ".mapping.yaml");
                await File.WriteAllBytesAsync(mappingPath, mappingBytes, cancellationToken);
            }

            try
            {
                return await StudyFileReader.ReadAsync(path, mappingPath, cancellationToken: cancellationToken);
            }
            catch (StudyDocumentException ex)
            {
                var problems = ex.Problems.Select(p => p with { Message = p.Message.Replace(folder.FullName + Path.DirectorySeparatorChar, "", StringComparison.Ordinal) }).ToList();
                throw new StudyDocumentException(problems, name);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The file's own name without any folder, reduced to letters, digits and <c>. _-()</c>; its extension must be a study format.</summary>
    public static string SafeName(string fileName)
    {
        var bare = Path.GetFileName(fileName.Replace('\\', '/'));
        var cleaned = new string(bare.Select(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '(' or ')' or ' ' ? c : '_').ToArray()).Trim(' ', '.');
        var extension = Path.GetExtension(cleaned);
        var stem = Path.GetFileNameWithoutExtension(cleaned);
        stem = stem.Length == 0 ? "upload" : stem[..Math.Min(stem.Length, MaxNameLength)];
        var safe = stem + extension;
        try
        {
            _ = StudyFileFormats.FromPath(safe);
        }
        catch (ArgumentException)
        {
            throw new StudyDocumentException(
                $"fileName: '{bare}' is not a study file: its name must end in .yaml, .yml, .json, .qdpx, .qdc or .csv (the extension says the format)");
        }

        return safe;
    }

    private static void CheckSize(long length, string what)
    {
        var limits = DocumentLimits.Default;
        if (length > limits.MaxBytes)
        {
            throw new StudyDocumentException($"{what} is {length:N0} bytes; documents are limited to {limits.MaxBytesText} (REALIST_MAX_DOCUMENT_MB)");
        }
    }
}

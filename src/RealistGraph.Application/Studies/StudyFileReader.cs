using System.Text;
using RealistGraph.Documents.Csv;
using RealistGraph.Documents.Refi;
using RealistGraph.Documents.Safety;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Application.Studies;

/// <summary>Reads and validates a study in any import format, writing nothing.</summary>
public static class StudyFileReader
{
    /// <summary>Document text (YAML or JSON, told apart by content). Throws <see cref="StudyDocumentException"/> listing every problem.</summary>
    public static StudyFile ReadText(string text) => new(StudyDocumentLoader.Load(text), []);

    /// <summary>
    /// A study document (.yaml, .yml, .json), a REFI-QDA project (.qdpx) or codebook (.qdc), or coded excerpts (.csv).
    /// For the QDA formats a mapping file says which codes are domains, what polarity each has, and so on; by default
    /// <c>{file}.mapping.yaml</c> beside the file is used when it exists. Throws <see cref="StudyDocumentException"/>
    /// listing every problem.
    /// </summary>
    public static async Task<StudyFile> ReadAsync(string path, string? mappingPath = null, bool strict = false, CancellationToken cancellationToken = default)
    {
        var format = StudyFileFormats.FromPath(path);
        if (format is StudyFileFormat.Yaml or StudyFileFormat.Json)
        {
            return new StudyFile(await StudyDocumentLoader.LoadAsync(path, cancellationToken), []);
        }

        var candidate = mappingPath ?? Path.ChangeExtension(path, null) + ".mapping.yaml";
        var mapping = mappingPath is not null || File.Exists(candidate) ? await File.ReadAllTextAsync(candidate, cancellationToken) : null;
        if (format == StudyFileFormat.Csv)
        {
            // The big-data format: read as a stream, never whole (size limit and UTF-8 check included).
            return await ReadQdaAsync(
                options => new CodedExcerptCsvReader(options.Mapping).ReadFileAsync(path, cancellationToken), path, mapping, strict, Path.GetFileName(candidate));
        }

        // A project or codebook is read from the file as it is needed (a zip can seek), never copied into memory whole.
        return await ReadQdaAsync(
            options => format == StudyFileFormat.Qdpx
                ? new RefiProjectImporter(options).ImportFileAsync(path, cancellationToken)
                : new RefiCodebookImporter(options).ImportFileAsync(path, cancellationToken),
            path,
            mapping,
            strict,
            Path.GetFileName(candidate));
    }

    /// <summary>
    /// A file's bytes, its format told by <paramref name="fileName"/>'s extension, with the text of a mapping file or none.
    /// With <paramref name="strict"/>, mapping keys that match no code or several are errors rather than warnings.
    /// Throws <see cref="StudyDocumentException"/> listing every problem; writes nothing.
    /// </summary>
    public static async Task<StudyFile> ReadBytesAsync(
        byte[] content, string fileName, string? mappingText, bool strict, string mappingName = "mapping", CancellationToken cancellationToken = default)
    {
        var format = StudyFileFormats.FromPath(fileName);
        if (format is StudyFileFormat.Yaml or StudyFileFormat.Json)
        {
            return ReadText(Encoding.UTF8.GetString(content));
        }

        var name = Path.GetFileName(fileName);
        return await ReadQdaAsync(
            options => format switch
            {
                StudyFileFormat.Qdpx => new RefiProjectImporter(options).ImportAsync(new MemoryStream(content), name, cancellationToken),
                StudyFileFormat.Qdc => new RefiCodebookImporter(options).ImportAsync(new MemoryStream(content), name, cancellationToken),
                _ => new CodedExcerptCsvReader(options.Mapping).ReadAsync(new StrictUtf8Reader(new MemoryStream(content), name), name, cancellationToken),
            },
            fileName,
            mappingText,
            strict,
            mappingName);
    }

    private static async Task<StudyFile> ReadQdaAsync(
        Func<RefiImportOptions, Task<RefiImportResult>> import, string fileName, string? mappingText, bool strict, string mappingName)
    {
        try
        {
            var mapping = mappingText is null ? new RefiMapping() : RefiMapping.Parse(mappingText, mappingName);
            var result = await import(new RefiImportOptions { Mapping = mapping });
            var refused = strict ? result.Report.Warnings.Where(w => w.Element == "Mapping").ToList() : [];
            if (refused.Count > 0)
            {
                throw new StudyDocumentException(refused.Select(w => new DocumentProblem(mappingName, $"{w.Reference}: {w.Reason} (an error with --strict)")).ToList(), fileName);
            }

            var problems = StudyDocumentValidator.Validate(result.Document);
            return problems.Count == 0
                ? new StudyFile(result.Document, ImportReportText.Lines(result.Document, result.Report), result.Report)
                : throw new StudyDocumentException(problems, fileName);
        }
        catch (Exception ex) when (ex is RefiImportException or CsvImportException)
        {
            throw new StudyDocumentException([new DocumentProblem("", ex.Message)], fileName);
        }
    }
}

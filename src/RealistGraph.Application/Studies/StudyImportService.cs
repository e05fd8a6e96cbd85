using RealistGraph.Documents.Csv;
using RealistGraph.Documents.Refi;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Neo4j.Export;
using RealistGraph.Neo4j.Import;

namespace RealistGraph.Application.Studies;

/// <summary>
/// Brings studies into the graph from any format and takes them out again. A study is read and validated whole
/// before anything is written; the write is one transaction, so a failed import changes nothing.
/// </summary>
public sealed class StudyImportService(StudyGraphWriter writer, StudyGraphReader reader)
{
    /// <summary>Validates and writes one document. Throws <see cref="StudyDocumentException"/> listing every problem.</summary>
    public Task<ImportOutcome> ImportAsync(StudyDocument document, CancellationToken cancellationToken = default)
    {
        StudyDocumentValidator.EnsureValid(document);
        return writer.WriteAsync(StudyDocumentMapper.ToGraph(document), cancellationToken);
    }

    /// <summary>Parses document text (YAML or JSON, told apart by content), validates it and writes it.</summary>
    public Task<ImportOutcome> ImportTextAsync(string text, CancellationToken cancellationToken = default) =>
        ImportAsync(StudyDocumentLoader.Load(text), cancellationToken);

    /// <summary>
    /// Imports a study document (.yaml, .yml, .json), a REFI-QDA project (.qdpx) or codebook (.qdc), or coded
    /// excerpts (.csv): <see cref="ReadFileAsync"/>, then <see cref="ImportAsync(StudyDocument, CancellationToken)"/>.
    /// </summary>
    public async Task<ImportOutcome> ImportFileAsync(string path, string? mappingPath = null, CancellationToken cancellationToken = default)
    {
        var file = await ReadFileAsync(path, mappingPath, cancellationToken);
        return (await ImportAsync(file.Document, cancellationToken)) with { Notes = file.Notes };
    }

    /// <summary>
    /// Reads and validates a study file of any import format, writing nothing. For the QDA formats a mapping file
    /// says which codes are domains, what polarity each has, and so on; by default <c>{file}.mapping.yaml</c>
    /// beside the file is used when it exists. Throws <see cref="StudyDocumentException"/> listing every problem.
    /// </summary>
    public static async Task<StudyFile> ReadFileAsync(string path, string? mappingPath = null, CancellationToken cancellationToken = default)
    {
        var format = StudyFileFormats.FromPath(path);
        if (format is StudyFileFormat.Yaml or StudyFileFormat.Json)
        {
            return new StudyFile(await StudyDocumentLoader.LoadAsync(path, cancellationToken), []);
        }

        try
        {
            var mapping = await MappingForAsync(path, mappingPath, cancellationToken);
            var options = new RefiImportOptions { Mapping = mapping };
            var result = format switch
            {
                StudyFileFormat.Qdpx => await new RefiProjectImporter(options).ImportFileAsync(path, cancellationToken),
                StudyFileFormat.Qdc => await new RefiCodebookImporter(options).ImportFileAsync(path, cancellationToken),
                _ => await new CodedExcerptCsvReader(mapping).ReadFileAsync(path, cancellationToken),
            };
            var problems = StudyDocumentValidator.Validate(result.Document);
            return problems.Count == 0
                ? new StudyFile(result.Document, result.Report.Issues.Select(i => i.ToString()).ToList())
                : throw new StudyDocumentException(problems, path);
        }
        catch (Exception ex) when (ex is RefiImportException or CsvImportException)
        {
            throw new StudyDocumentException([new DocumentProblem("", ex.Message)], path);
        }
    }

    /// <summary>The stored study as a document, or null when there is no study with that id.</summary>
    public async Task<StudyDocument?> ExportAsync(string studyId, CancellationToken cancellationToken = default) =>
        await reader.ReadAsync(studyId, cancellationToken) is { } graph ? StudyDocumentMapper.ToDocument(graph) : null;

    public async Task<string?> ExportTextAsync(string studyId, StudyFileFormat format, CancellationToken cancellationToken = default) =>
        await ExportAsync(studyId, cancellationToken) is { } document
            ? format switch
            {
                StudyFileFormat.Yaml => StudyDocumentWriter.ToYaml(document),
                StudyFileFormat.Json => StudyDocumentWriter.ToJson(document),
                _ => throw new ArgumentException($"{format} is not a text format of a study document; use ExportToStreamAsync.", nameof(format)),
            }
            : null;

    /// <summary>Writes the study in any export format; false when there is no such study.</summary>
    public async Task<bool> ExportToStreamAsync(string studyId, StudyFileFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        if (await ExportAsync(studyId, cancellationToken) is not { } document)
        {
            return false;
        }

        switch (format)
        {
            case StudyFileFormat.Qdpx:
                var problems = await RefiProjectExporter.ExportAsync(document, output, cancellationToken);
                if (problems.Count > 0)
                {
                    throw new InvalidOperationException("The study could not be exported to REFI-QDA: " + string.Join("; ", problems));
                }

                break;
            case StudyFileFormat.Qdc:
                await RefiCodebookExporter.ExportAsync(document, output, cancellationToken);
                break;
            case StudyFileFormat.Csv:
                throw new ArgumentException("CSV is an import format only.", nameof(format));
            default:
                await using (var writer = new StreamWriter(output, leaveOpen: true))
                {
                    await writer.WriteAsync(format == StudyFileFormat.Yaml ? StudyDocumentWriter.ToYaml(document) : StudyDocumentWriter.ToJson(document));
                }

                break;
        }

        return true;
    }

    /// <summary>
    /// Writes the study to a file; a <c>.qdpx</c> gets its mapping file beside it (<c>{name}.mapping.yaml</c>), so that
    /// re-importing it restores the same ids. False when there is no such study.
    /// </summary>
    public async Task<bool> ExportToFileAsync(string studyId, StudyFileFormat format, string path, CancellationToken cancellationToken = default)
    {
        if (format != StudyFileFormat.Qdpx)
        {
            await using var stream = new MemoryStream();
            if (!await ExportToStreamAsync(studyId, format, stream, cancellationToken))
            {
                return false;
            }

            await File.WriteAllBytesAsync(path, stream.ToArray(), cancellationToken);
            return true;
        }

        if (await ExportAsync(studyId, cancellationToken) is not { } document)
        {
            return false;
        }

        var problems = await RefiProjectExporter.ExportFilesAsync(document, path, cancellationToken);
        return problems.Count == 0
            ? true
            : throw new InvalidOperationException("The study could not be exported to REFI-QDA: " + string.Join("; ", problems));
    }

    private static async Task<RefiMapping> MappingForAsync(string path, string? mappingPath, CancellationToken cancellationToken)
    {
        var candidate = mappingPath ?? Path.ChangeExtension(path, null) + ".mapping.yaml";
        return File.Exists(candidate) ? await RefiMapping.LoadAsync(candidate, cancellationToken) : new RefiMapping();
    }
}

/// <summary>A study read from a file, and what its source format could not carry over.</summary>
public sealed record StudyFile(StudyDocument Document, IReadOnlyList<string> Notes);

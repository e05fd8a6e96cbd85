using RealistGraph.Documents.Refi;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Neo4j.Export;

namespace RealistGraph.Application.Studies;

/// <summary>Takes a stored study out of the graph as a study document, a REFI-QDA project or a codebook.</summary>
public sealed class StudyExportService(StudyGraphReader reader)
{
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

    /// <summary>
    /// Writes the study as a study document to <paramref name="output"/> (YAML as it is produced; a writer whose
    /// <c>NewLine</c> is not "\n" changes its line ends); false when there is no such study.
    /// </summary>
    public async Task<bool> ExportToWriterAsync(string studyId, StudyFileFormat format, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (format is not (StudyFileFormat.Yaml or StudyFileFormat.Json))
        {
            throw new ArgumentException($"{format} is not a text format of a study document; use ExportToStreamAsync.", nameof(format));
        }

        if (await ExportAsync(studyId, cancellationToken) is not { } document)
        {
            return false;
        }

        if (format == StudyFileFormat.Yaml)
        {
            StudyDocumentWriter.WriteYaml(document, output);
        }
        else
        {
            await output.WriteAsync(StudyDocumentWriter.ToJson(document));
        }

        return true;
    }

    /// <summary>Writes the study in any export format; false when there is no such study.</summary>
    public async Task<bool> ExportToStreamAsync(string studyId, StudyFileFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        if (await ExportAsync(studyId, cancellationToken) is not { } document)
        {
            return false;
        }

        await WriteAsync(document, format, output, cancellationToken);
        return true;
    }

    /// <summary>
    /// Writes the study to a file; a <c>.qdpx</c> gets its mapping file beside it (<c>{name}.mapping.yaml</c>), so that
    /// re-importing it restores the same ids. Returns what the format cannot keep (empty for study documents), or null
    /// when there is no such study.
    /// </summary>
    public async Task<IReadOnlyList<string>?> ExportToFileAsync(string studyId, StudyFileFormat format, string path, CancellationToken cancellationToken = default)
    {
        if (await ExportAsync(studyId, cancellationToken) is not { } document)
        {
            return null;
        }

        switch (format)
        {
            case StudyFileFormat.Qdpx:
                var problems = await RefiProjectExporter.ExportFilesAsync(document, path, cancellationToken);
                return problems.Count == 0 ? RefiExportReport.Lines(document) : throw NotExported(problems);
            case StudyFileFormat.Qdc:
                // Built first (a codebook is the codes alone, small): a study without codes leaves no empty file.
                await using (var codebook = new MemoryStream())
                {
                    await WriteAsync(document, format, codebook, cancellationToken);
                    await File.WriteAllBytesAsync(path, codebook.ToArray(), cancellationToken);
                }

                return [];
            default:
                await using (var file = File.Create(path))
                {
                    await WriteAsync(document, format, file, cancellationToken);
                }

                return [];
        }
    }

    /// <summary>Writes as it goes: a study document or project is never held whole beside the study.</summary>
    private static async Task WriteAsync(StudyDocument document, StudyFileFormat format, Stream output, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case StudyFileFormat.Qdpx:
                var problems = await RefiProjectExporter.ExportAsync(document, output, cancellationToken);
                if (problems.Count > 0)
                {
                    throw NotExported(problems);
                }

                break;
            case StudyFileFormat.Qdc:
                await RefiCodebookExporter.ExportAsync(document, output, cancellationToken);
                break;
            case StudyFileFormat.Csv:
                throw new ArgumentException("CSV is an import format only.", nameof(format));
            case StudyFileFormat.Json:
                StudyDocumentWriter.WriteJson(document, output);
                break;
            default:
                await using (var writer = new StreamWriter(output, leaveOpen: true) { NewLine = "\n" })
                {
                    StudyDocumentWriter.WriteYaml(document, writer);
                }

                break;
        }
    }

    private static InvalidOperationException NotExported(IReadOnlyList<string> problems) =>
        new("The study could not be exported to REFI-QDA: " + string.Join("; ", problems));
}

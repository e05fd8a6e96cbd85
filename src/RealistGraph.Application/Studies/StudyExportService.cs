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
    /// re-importing it restores the same ids. Returns what the format cannot keep (empty for study documents), or null
    /// when there is no such study.
    /// </summary>
    public async Task<IReadOnlyList<string>?> ExportToFileAsync(string studyId, StudyFileFormat format, string path, CancellationToken cancellationToken = default)
    {
        if (format != StudyFileFormat.Qdpx)
        {
            await using var stream = new MemoryStream();
            if (!await ExportToStreamAsync(studyId, format, stream, cancellationToken))
            {
                return null;
            }

            await File.WriteAllBytesAsync(path, stream.ToArray(), cancellationToken);
            return [];
        }

        if (await ExportAsync(studyId, cancellationToken) is not { } document)
        {
            return null;
        }

        var problems = await RefiProjectExporter.ExportFilesAsync(document, path, cancellationToken);
        return problems.Count == 0
            ? RefiExportReport.Lines(document)
            : throw new InvalidOperationException("The study could not be exported to REFI-QDA: " + string.Join("; ", problems));
    }
}

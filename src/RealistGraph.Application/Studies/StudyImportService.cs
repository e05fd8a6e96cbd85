using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Neo4j.Export;
using RealistGraph.Neo4j.Import;

namespace RealistGraph.Application.Studies;

/// <summary>
/// Brings study documents into the graph and takes them out again. A document is validated whole before
/// anything is written; the write itself is one transaction, so a failed import changes nothing.
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

    public async Task<ImportOutcome> ImportFileAsync(string path, CancellationToken cancellationToken = default) =>
        await ImportAsync(await StudyDocumentLoader.LoadAsync(path, cancellationToken), cancellationToken);

    /// <summary>The stored study as a document, or null when there is no study with that id.</summary>
    public async Task<StudyDocument?> ExportAsync(string studyId, CancellationToken cancellationToken = default) =>
        await reader.ReadAsync(studyId, cancellationToken) is { } graph ? StudyDocumentMapper.ToDocument(graph) : null;

    public async Task<string?> ExportTextAsync(string studyId, StudyFileFormat format, CancellationToken cancellationToken = default) =>
        await ExportAsync(studyId, cancellationToken) is { } document
            ? format switch
            {
                StudyFileFormat.Yaml => StudyDocumentWriter.ToYaml(document),
                StudyFileFormat.Json => StudyDocumentWriter.ToJson(document),
                _ => throw new ArgumentException($"{format} is not a text format of a study document.", nameof(format)),
            }
            : null;
}

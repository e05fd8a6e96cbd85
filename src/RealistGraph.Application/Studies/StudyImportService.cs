using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Neo4j.Import;

namespace RealistGraph.Application.Studies;

/// <summary>
/// Brings studies into the graph from any format. A study is read and validated whole (once, by
/// <see cref="StudyFileReader"/> or <see cref="StudyFile.Validate"/>) before anything is written; the write is
/// one transaction, so a failed import changes nothing.
/// </summary>
public sealed class StudyImportService(StudyGraphWriter writer)
{
    /// <summary>Writes a study read and validated before; the outcome carries the study's notes.</summary>
    public async Task<ImportOutcome> ImportAsync(StudyFile study, CancellationToken cancellationToken = default) =>
        (await writer.WriteAsync(StudyDocumentMapper.ToGraph(study.Document), cancellationToken)) with { Notes = study.Notes };

    /// <summary>Validates and writes a document built in memory. Throws <see cref="StudyDocumentException"/> listing every problem.</summary>
    public Task<ImportOutcome> ImportAsync(StudyDocument document, CancellationToken cancellationToken = default) =>
        ImportAsync(StudyFile.Validate(document), cancellationToken);

    /// <summary>Parses document text (YAML or JSON, told apart by content), validates it and writes it.</summary>
    public Task<ImportOutcome> ImportTextAsync(string text, CancellationToken cancellationToken = default) =>
        ImportAsync(StudyFileReader.ReadText(text), cancellationToken);

    /// <summary>Reads a file of any import format (<see cref="StudyFileReader.ReadAsync"/>) and writes it.</summary>
    public async Task<ImportOutcome> ImportFileAsync(string path, string? mappingPath = null, CancellationToken cancellationToken = default) =>
        await ImportAsync(await StudyFileReader.ReadAsync(path, mappingPath, cancellationToken), cancellationToken);
}

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

    /// <summary>
    /// The one entry for a file from anywhere (the CLI, an upload over GraphQL): reads and validates it whole, then
    /// writes it unless <see cref="StudyImportRequest.DryRun"/>. Throws <see cref="StudyDocumentException"/> listing every
    /// problem (with <see cref="StudyImportRequest.Strict"/>, mapping keys that match no code or several are problems).
    /// </summary>
    public async Task<StudyImportReport> ImportAsync(StudyImportRequest request, CancellationToken cancellationToken = default)
    {
        var study = await StudyFileReader.ReadBytesAsync(request.Content, request.FileName, request.Mapping, request.Strict, cancellationToken: cancellationToken);
        return new StudyImportReport(study, request.DryRun ? null : await ImportAsync(study, cancellationToken));
    }

    /// <summary>Reads a file of any import format (<see cref="StudyFileReader.ReadAsync"/>) and writes it.</summary>
    public async Task<ImportOutcome> ImportFileAsync(string path, string? mappingPath = null, CancellationToken cancellationToken = default) =>
        await ImportAsync(await StudyFileReader.ReadAsync(path, mappingPath, cancellationToken: cancellationToken), cancellationToken);
}

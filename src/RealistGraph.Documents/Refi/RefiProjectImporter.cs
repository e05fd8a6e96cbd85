namespace RealistGraph.Documents.Refi;

/// <summary>Imports a REFI-QDA project (<c>.qdpx</c>) into a study document, with a report of what was skipped.</summary>
public sealed class RefiProjectImporter(RefiImportOptions? options = null)
{
    private readonly RefiImportOptions _options = options ?? new RefiImportOptions();

    public async Task<RefiImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        return await ImportAsync(stream, Path.GetFileName(path), cancellationToken);
    }

    public async Task<RefiImportResult> ImportAsync(Stream qdpx, string archiveName = "project.qdpx", CancellationToken cancellationToken = default)
    {
        using var buffer = await ArchiveBuffer.CopyAsync(qdpx, _options.Limits, archiveName, cancellationToken);
        using var zip = SafeZip.Open(buffer, _options.Limits, archiveName);
        var entry = zip.Entries
            .Where(e => string.Equals(Path.GetFileName(e.FullName.Replace('\\', '/')), RefiNames.ProjectEntry, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.FullName.Length)
            .FirstOrDefault()
            ?? throw new RefiImportException($"{archiveName}: no {RefiNames.ProjectEntry} in the archive; is it a REFI-QDA project?");

        var report = new ImportReport();
        var xml = SafeXml.Load(zip.Read(entry, cancellationToken), $"{archiveName}/{entry.FullName}");
        var reader = new ProjectReader(xml, zip, _options.Mapping, report, cancellationToken);
        var document = reader.Read(Path.GetFileNameWithoutExtension(archiveName));
        foreach (var unread in zip.UnreadFiles)
        {
            report.Skip("Archive entry", unread.FullName, "not the plain text of any text source (original documents, media, extra files are not read)");
        }

        return new RefiImportResult(document, report);
    }
}

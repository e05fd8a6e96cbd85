namespace RealistGraph.Documents.Refi;

/// <summary>
/// Imports a REFI-QDA project (<c>.qdpx</c>) into a study document, with a report of what was skipped. A project
/// RealistGraph exported carries the whole study in <c>realistgraph/study.yaml</c>: unchanged, that document comes
/// back as it was; changed by another tool, the tool's codes, codings and sources win and the rest is kept
/// (<see cref="StudyReconciler"/>), each conflict reported.
/// </summary>
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
        var archive = await ArchiveBuffer.SeekableAsync(qdpx, _options.Limits, archiveName, cancellationToken);
        try
        {
            return Import(archive, archiveName, cancellationToken);
        }
        finally
        {
            if (!ReferenceEquals(archive, qdpx))
            {
                await archive.DisposeAsync();
            }
        }
    }

    private RefiImportResult Import(Stream archive, string archiveName, CancellationToken cancellationToken)
    {
        using var zip = SafeZip.Open(archive, _options.Limits, archiveName);
        var entry = zip.Entries
            .Where(e => string.Equals(Path.GetFileName(e.FullName.Replace('\\', '/')), RefiNames.ProjectEntry, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.FullName.Length)
            .FirstOrDefault()
            ?? throw new RefiImportException($"{archiveName}: no {RefiNames.ProjectEntry} in the archive; is it a REFI-QDA project?");

        var report = new ImportReport();
        var qde = new ProjectQde(zip, entry, $"{archiveName}/{entry.FullName}", cancellationToken);
        qde.Check();
        var stored = EmbeddedStudy.Read(zip, report, cancellationToken);
        if (stored is { Unchanged: true })
        {
            report.Note("Archive entry", EmbeddedStudy.DocumentEntry, "the project is unchanged since RealistGraph exported it; the stored study is restored whole");
            return new RefiImportResult(StudyReconciler.Restore(stored.Document, _options.Mapping), report);
        }

        var mapping = stored is null ? _options.Mapping : StudyReconciler.MappingFor(stored.Document, _options.Mapping);
        var reader = new ProjectReader(qde, zip, mapping, report, cancellationToken);
        var document = reader.Read(Path.GetFileNameWithoutExtension(archiveName));
        foreach (var unread in zip.UnreadFiles.Where(e => !e.FullName.StartsWith(EmbeddedStudy.Folder, StringComparison.OrdinalIgnoreCase)))
        {
            report.Skip("Archive entry", unread.FullName, "not the plain text of any text source (original documents, media, extra files are not read)");
        }

        if (stored is not null)
        {
            report.Note("Archive entry", EmbeddedStudy.DocumentEntry,
                $"the project changed since RealistGraph exported it ({string.Join(", ", stored.Changed.Take(3))}{(stored.Changed.Count > 3 ? ", ..." : "")}); its codes, codings and sources win over the stored study");
            document = StudyReconciler.Merge(stored.Document, document, report);
        }

        return new RefiImportResult(document, report);
    }
}

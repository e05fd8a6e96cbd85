using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>Imports a REFI-QDA codebook (<c>.qdc</c>): domains, themes, contexts, mechanisms and outcomes, no quotes.</summary>
public sealed class RefiCodebookImporter(RefiImportOptions? options = null)
{
    private readonly RefiImportOptions _options = options ?? new RefiImportOptions();

    /// <summary>A codebook file, read from the file (twice: checked as a stream, then as a tree), never copied whole.</summary>
    public async Task<RefiImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(path);
        await using (var stream = File.OpenRead(path))
        {
            await ArchiveBuffer.SeekableAsync(stream, _options.Limits, fileName, cancellationToken);
        }

        return Import(() => File.OpenRead(path), fileName);
    }

    public async Task<RefiImportResult> ImportAsync(Stream qdc, string fileName = "codebook.qdc", CancellationToken cancellationToken = default)
    {
        var input = await ArchiveBuffer.SeekableAsync(qdc, _options.Limits, fileName, cancellationToken);
        byte[] content;
        await using (var copy = new MemoryStream())
        {
            await input.CopyToAsync(copy, cancellationToken);
            content = copy.ToArray();
        }

        if (!ReferenceEquals(input, qdc))
        {
            await input.DisposeAsync();
        }

        return Import(() => new MemoryStream(content, writable: false), fileName);
    }

    private RefiImportResult Import(Func<Stream> open, string fileName)
    {
        var xml = SafeXml.Load(open, fileName);
        var root = xml.Root!;
        if (root.Name.LocalName != "CodeBook")
        {
            throw new RefiImportException($"{fileName}: root element is <{root.Name.LocalName}>, not <CodeBook>");
        }

        var report = new ImportReport();
        if (root.Name.NamespaceName != RefiNames.CodebookNamespace)
        {
            report.Warn("CodeBook", fileName, $"namespace '{root.Name.NamespaceName}' is not '{RefiNames.CodebookNamespace}'; read by element names anyway");
        }

        var title = _options.Mapping.StudyTitle ?? Path.GetFileNameWithoutExtension(fileName);
        var document = new StudyDocument { Title = title, Id = _options.Mapping.StudyId ?? RefiNames.Slug(title) };
        var codebook = CodebookReader.Read(root.Child("Codes"), root.Child("Sets"), report);
        CodebookMapper.Map(codebook, _options.Mapping, document, report, new LocalIdPool());
        return new RefiImportResult(document, report);
    }
}

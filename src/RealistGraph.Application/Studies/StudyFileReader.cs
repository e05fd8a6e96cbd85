using RealistGraph.Documents.Csv;
using RealistGraph.Documents.Refi;
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
    public static async Task<StudyFile> ReadAsync(string path, string? mappingPath = null, CancellationToken cancellationToken = default)
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

    private static async Task<RefiMapping> MappingForAsync(string path, string? mappingPath, CancellationToken cancellationToken)
    {
        var candidate = mappingPath ?? Path.ChangeExtension(path, null) + ".mapping.yaml";
        return File.Exists(candidate) ? await RefiMapping.LoadAsync(candidate, cancellationToken) : new RefiMapping();
    }
}

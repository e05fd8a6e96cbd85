using RealistGraph.Documents.Safety;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>
/// Reads a study document from YAML or JSON (same structure, camelCase keys). Unknown keys and wrong value
/// types are problems, never silently ignored; a syntax error becomes one problem with its line and column.
/// Reading does not validate ids or references: see <see cref="StudyDocumentValidator"/> and <see cref="StudyDocumentLoader"/>.
/// </summary>
public static class StudyDocumentReader
{
    /// <summary>Reads text; <paramref name="format"/> null means: sniff it (JSON if it starts with '{').</summary>
    public static StudyDocumentReadResult TryParse(string text, StudyDocumentFormat? format = null)
    {
        var problems = new List<DocumentProblem>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new StudyDocumentReadResult(null, [new DocumentProblem("", "the document is empty")]);
        }

        try
        {
            StrictText.CheckSize(text, DocumentLimits.Default, "the document");
        }
        catch (StudyDocumentException refused)
        {
            return new StudyDocumentReadResult(null, refused.Problems);
        }

        var root = (format ?? Sniff(text)) == StudyDocumentFormat.Json
            ? JsonNodeLoader.Load(text, problems)
            : YamlNodeLoader.Load(text, problems);
        if (root is null)
        {
            return new StudyDocumentReadResult(null, problems);
        }

        var document = new DocumentBinder(problems).Bind(root);
        return new StudyDocumentReadResult(document, problems);
    }

    /// <summary>Reads text, throwing <see cref="StudyDocumentException"/> with every problem if there are any.</summary>
    public static StudyDocument Parse(string text, StudyDocumentFormat? format = null)
    {
        var result = TryParse(text, format);
        return result.Succeeded ? result.Document! : throw new StudyDocumentException(result.Problems);
    }

    /// <summary>Reads a file: the format comes from the extension (.yaml, .yml, .json), else from sniffing the text.</summary>
    public static async Task<StudyDocumentReadResult> TryReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        string text;
        try
        {
            text = await StrictText.ReadFileAsync(path, DocumentLimits.Default, cancellationToken);
        }
        catch (StudyDocumentException refused)
        {
            return new StudyDocumentReadResult(null, refused.Problems);
        }

        return TryParse(text, FormatFromExtension(path));
    }

    /// <inheritdoc cref="TryReadFileAsync"/>
    public static async Task<StudyDocument> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var result = await TryReadFileAsync(path, cancellationToken);
        return result.Succeeded ? result.Document! : throw new StudyDocumentException(result.Problems, path);
    }

    public static StudyDocumentFormat? FormatFromExtension(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".yaml" or ".yml" => StudyDocumentFormat.Yaml,
            ".json" => StudyDocumentFormat.Json,
            _ => null,
        };

    /// <summary>JSON documents are objects, so they start with '{'; anything else is read as YAML.</summary>
    public static StudyDocumentFormat Sniff(string text) =>
        text.AsSpan().TrimStart().TrimStart('\uFEFF').StartsWith("{") ? StudyDocumentFormat.Json : StudyDocumentFormat.Yaml;
}

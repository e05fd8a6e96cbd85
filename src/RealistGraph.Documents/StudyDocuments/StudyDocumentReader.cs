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

    /// <summary>
    /// Reads a file: the format comes from the extension (.yaml, .yml, .json), else from sniffing the text. YAML is
    /// parsed as it is read and JSON from its bytes, so the file is never also held as one text.
    /// </summary>
    public static async Task<StudyDocumentReadResult> TryReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var format = FormatFromExtension(path);
        try
        {
            return format switch
            {
                StudyDocumentFormat.Yaml => ReadYamlFile(path),
                StudyDocumentFormat.Json => await ReadJsonFileAsync(path, cancellationToken),
                _ => TryParse(await StrictText.ReadFileAsync(path, DocumentLimits.Default, cancellationToken), format),
            };
        }
        catch (StudyDocumentException refused)
        {
            return new StudyDocumentReadResult(null, refused.Problems);
        }
    }

    private static StudyDocumentReadResult ReadYamlFile(string path)
    {
        var problems = new List<DocumentProblem>();
        DocumentNode? root;
        using (var reader = StrictUtf8Reader.OpenFile(path, DocumentLimits.Default))
        {
            root = YamlNodeLoader.Load(reader, problems);
        }

        return Bound(root, problems);
    }

    private static async Task<StudyDocumentReadResult> ReadJsonFileAsync(string path, CancellationToken cancellationToken)
    {
        var length = new FileInfo(path).Length;
        if (length > DocumentLimits.Default.MaxBytes)
        {
            // The same refusal, in the same words, as for every document.
            return TryParse(await StrictText.ReadFileAsync(path, DocumentLimits.Default, cancellationToken), StudyDocumentFormat.Json);
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var body = bytes.AsSpan().StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]) ? bytes[3..] : bytes;
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            // Not UTF-8 (or UTF-16 with its byte-order mark): the strict decoder says which byte, or reads it.
            return TryParse(StrictText.Decode(bytes, Path.GetFileName(path)), StudyDocumentFormat.Json);
        }

        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return new StudyDocumentReadResult(null, [new DocumentProblem("", "the document is empty")]);
        }

        var problems = new List<DocumentProblem>();
        return Bound(JsonNodeLoader.Load(body, problems), problems);
    }

    private static StudyDocumentReadResult Bound(DocumentNode? root, List<DocumentProblem> problems) =>
        root is null ? new StudyDocumentReadResult(null, problems) : new StudyDocumentReadResult(new DocumentBinder(problems).Bind(root), problems);

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

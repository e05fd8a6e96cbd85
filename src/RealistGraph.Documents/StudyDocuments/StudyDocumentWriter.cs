using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>
/// Writes study documents deterministically: keys in the order the C# classes declare them, lists in document
/// order, nulls and empty lists left out, multi-line text as YAML block scalars. Writing what was read from a
/// written document gives the same bytes again.
/// </summary>
public static class StudyDocumentWriter
{
    public static string ToYaml(StudyDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteYaml(document, writer);
        return writer.ToString();
    }

    /// <summary>Writes the YAML as it is produced (give the writer <c>NewLine = "\n"</c> for the bytes of <see cref="ToYaml"/>).</summary>
    public static void WriteYaml(StudyDocument document, TextWriter output)
    {
        var sink = new YamlDocumentSink(output);
        DocumentWalker.Walk(document, sink);
        sink.Complete();
    }

    public static string ToJson(StudyDocument document)
    {
        using var stream = new MemoryStream();
        WriteJson(document, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the JSON (UTF-8, ending in a newline) as it is produced.</summary>
    public static void WriteJson(StudyDocument document, Stream output)
    {
        using (var writer = new Utf8JsonWriter(output, JsonDocumentSink.Options))
        {
            DocumentWalker.Walk(document, new JsonDocumentSink(writer));
        }

        output.WriteByte((byte)'\n');
    }

    public static string Write(StudyDocument document, StudyDocumentFormat format) =>
        format == StudyDocumentFormat.Json ? ToJson(document) : ToYaml(document);

    /// <summary>Writes to a file; the format comes from the extension (.json, else YAML).</summary>
    public static Task WriteFileAsync(StudyDocument document, string path, CancellationToken cancellationToken = default)
    {
        var format = StudyDocumentReader.FormatFromExtension(path) ?? StudyDocumentFormat.Yaml;
        return File.WriteAllTextAsync(path, Write(document, format), new UTF8Encoding(false), cancellationToken);
    }
}

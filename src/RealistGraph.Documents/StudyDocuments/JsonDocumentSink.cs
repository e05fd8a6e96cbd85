using System.Text.Encodings.Web;
using System.Text.Json;

namespace RealistGraph.Documents.StudyDocuments;

internal sealed class JsonDocumentSink(Utf8JsonWriter writer) : IDocumentSink
{
    /// <summary>A writer over a stream holds everything until flushed; past this, each finished mapping is passed on.</summary>
    private const int FlushAt = 64 * 1024;

    private readonly Utf8JsonWriter _writer = writer;

    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Quotes are full of typographic quotes and dashes; keep them readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void BeginMapping() => _writer.WriteStartObject();

    public void Key(string name) => _writer.WritePropertyName(name);

    public void EndMapping()
    {
        _writer.WriteEndObject();
        if (_writer.BytesPending > FlushAt)
        {
            _writer.Flush();
        }
    }

    public void BeginSequence(bool compact) => _writer.WriteStartArray();

    public void EndSequence() => _writer.WriteEndArray();

    public void Text(string value) => _writer.WriteStringValue(value);

    public void Number(int value) => _writer.WriteNumberValue(value);
}

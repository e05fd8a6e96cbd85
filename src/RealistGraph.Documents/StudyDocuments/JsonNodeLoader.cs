using System.Text;
using System.Text.Json;
using RealistGraph.Documents.Safety;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>Parses JSON text into <see cref="DocumentNode"/>s, keeping line and column of every node.</summary>
internal static class JsonNodeLoader
{
    public static DocumentNode? Load(string text, List<DocumentProblem> problems) => Load(Encoding.UTF8.GetBytes(text), problems);

    /// <summary>Parses UTF-8 bytes (checked to be UTF-8 before) without making text of them first.</summary>
    public static DocumentNode? Load(byte[] bytes, List<DocumentProblem> problems)
    {
        var lines = new LineIndex(bytes);
        var keys = new SharedKeys();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,

            // Checked by ReadValue before each level; the reader's own cap is the backstop.
            MaxDepth = DocumentLimits.Default.MaxDepth + 1,
        });
        try
        {
            if (!reader.Read())
            {
                problems.Add(new DocumentProblem("", "the document is empty"));
                return null;
            }

            var root = ReadValue(ref reader, lines, keys);
            if (reader.Read())
            {
                throw new JsonException("unexpected content after the end of the document", null, null, null);
            }

            return root;
        }
        catch (JsonException e)
        {
            var (line, column) = e.LineNumber is { } l
                ? ((int)l + 1, (int)(e.BytePositionInLine ?? 0) + 1)
                : lines.Locate(reader.TokenStartIndex);

            problems.Add(new DocumentProblem("", $"JSON syntax error at line {line}, column {column}: {FirstSentence(e.Message)}")
            {
                Line = line,
                Column = column,
            });
            return null;
        }
    }

    private static DocumentNode ReadValue(ref Utf8JsonReader reader, LineIndex lines, SharedKeys keys)
    {
        var (line, column) = lines.Locate(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= DocumentLimits.Default.MaxDepth:
                throw new JsonException(
                    $"the document nests more than {DocumentLimits.Default.MaxDepth} levels deep (REALIST_MAX_DOCUMENT_DEPTH)", null, line - 1, column - 1);
            case JsonTokenType.StartObject:
                var entries = new List<KeyValuePair<ScalarNode, DocumentNode>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (keyLine, keyColumn) = lines.Locate(reader.TokenStartIndex);
                    var key = new ScalarNode(keys.Share(reader.GetString()), ScalarKind.String, keyLine, keyColumn);
                    reader.Read();
                    entries.Add(KeyValuePair.Create(key, ReadValue(ref reader, lines, keys)));
                }

                return new MappingNode(entries, line, column);
            case JsonTokenType.StartArray:
                var items = new List<DocumentNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines, keys));
                }

                return new SequenceNode(items, line, column);
            case JsonTokenType.String:
                return new ScalarNode(reader.GetString(), ScalarKind.String, line, column);
            case JsonTokenType.Number:
                return new ScalarNode(Encoding.UTF8.GetString(reader.ValueSpan), ScalarKind.Number, line, column);
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new ScalarNode(reader.GetBoolean() ? "true" : "false", ScalarKind.Boolean, line, column);
            default:
                return new ScalarNode(null, ScalarKind.Null, line, column);
        }
    }

    private static string FirstSentence(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (index > 0 ? message[..index] : message).TrimEnd();
    }

    /// <summary>Turns byte offsets into 1-based line and (character) column numbers.</summary>
    private sealed class LineIndex
    {
        private readonly byte[] _bytes;
        private readonly List<int> _lineStarts = [0];

        public LineIndex(byte[] bytes)
        {
            _bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Locate(long offset)
        {
            var index = _lineStarts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            var start = _lineStarts[line];
            return (line + 1, Encoding.UTF8.GetCharCount(_bytes, start, (int)offset - start) + 1);
        }
    }
}

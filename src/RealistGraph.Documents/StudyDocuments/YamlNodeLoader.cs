using RealistGraph.Documents.Safety;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>Parses YAML text into <see cref="DocumentNode"/>s, keeping line and column of every node.</summary>
internal static class YamlNodeLoader
{
    public static DocumentNode? Load(string text, List<DocumentProblem> problems)
    {
        using var reader = new StringReader(text);
        return Load(reader, problems);
    }

    /// <summary>
    /// Builds the nodes straight from the parser's events as the text is read (YamlDotNet's own node tree would be a
    /// second copy of a large document). Aliases are refused by the guard, so every node is written out where it is used.
    /// </summary>
    public static DocumentNode? Load(TextReader text, List<DocumentProblem> problems)
    {
        var scanner = new Scanner(text);
        var parser = new GuardedYamlParser(new Parser(scanner), DocumentLimits.Default);
        DocumentNode? root = null;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is DocumentStart && ++documents == 1)
                {
                    parser.MoveNext();
                    root = ReadNode(parser, new SharedKeys());
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // YamlDotNet throws InvalidOperationException for some truncated input (e.g. an unclosed '[');
            // the scanner's position is then the best location there is.
            var mark = e is YamlException { Start: var start } ? start : scanner.CurrentPosition;
            var (line, column) = ((int)mark.Line, (int)mark.Column);
            var reason = e switch
            {
                YamlException { InnerException: YamlException inner } => inner.Message,
                YamlException => e.Message,
                _ => "unexpected end of the text (is a bracket or quote left open?)",
            };
            problems.Add(new DocumentProblem("", $"YAML syntax error at line {line}, column {column}: {Strip(reason)}")
            {
                Line = line,
                Column = column,
            });
            return null;
        }

        if (documents == 0 || root is null)
        {
            problems.Add(new DocumentProblem("", "the document is empty"));
            return null;
        }

        if (documents > 1)
        {
            problems.Add(new DocumentProblem("", "the text holds more than one YAML document; put one study in each file"));
        }

        return root;
    }

    /// <summary>The node whose first event is current; on return the node's last event is current.</summary>
    private static DocumentNode ReadNode(IParser parser, SharedKeys keys)
    {
        var start = parser.Current!;
        var (line, column) = ((int)start.Start.Line, (int)start.Start.Column);
        switch (start)
        {
            case MappingStart:
                var entries = new List<KeyValuePair<ScalarNode, DocumentNode>>();
                while (Next(parser) is not MappingEnd)
                {
                    var key = ReadNode(parser, keys);
                    Next(parser);
                    var name = key is ScalarNode scalarKey ? scalarKey with { Value = keys.Share(scalarKey.Value) } : new ScalarNode(null, ScalarKind.Null, key.Line, key.Column);
                    entries.Add(KeyValuePair.Create(name, ReadNode(parser, keys)));
                }

                return new MappingNode(entries, line, column);
            case SequenceStart:
                var items = new List<DocumentNode>();
                while (Next(parser) is not SequenceEnd)
                {
                    items.Add(ReadNode(parser, keys));
                }

                return new SequenceNode(items, line, column);
            case Scalar scalar:
                return ToScalar(scalar, line, column);
            default:
                throw new YamlException(start.Start, start.End, $"unexpected {start.GetType().Name}");
        }
    }

    private static ParsingEvent Next(IParser parser) =>
        parser.MoveNext() ? parser.Current! : throw new InvalidOperationException("the YAML text ended inside a node");

    private static ScalarNode ToScalar(Scalar scalar, int line, int column)
    {
        if (scalar.Style is ScalarStyle.Plain or ScalarStyle.Any)
        {
            var value = scalar.Value;
            var isNull = value is null or "" or "~" or "null" or "Null" or "NULL";
            return isNull ? new ScalarNode(null, ScalarKind.Null, line, column) : new ScalarNode(value, ScalarKind.Plain, line, column);
        }

        return new ScalarNode(scalar.Value ?? "", ScalarKind.String, line, column);
    }

    // YamlDotNet prefixes its messages with the mark we already report.
    private static string Strip(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && index > 0 ? message[(index + 3)..] : message;
    }
}

using RealistGraph.Documents.Safety;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>Parses YAML text into <see cref="DocumentNode"/>s, keeping line and column of every node.</summary>
internal static class YamlNodeLoader
{
    public static DocumentNode? Load(string text, List<DocumentProblem> problems)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            stream.Load(new GuardedYamlParser(new Parser(scanner), DocumentLimits.Default));
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

        if (stream.Documents.Count == 0)
        {
            problems.Add(new DocumentProblem("", "the document is empty"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            problems.Add(new DocumentProblem("", "the text holds more than one YAML document; put one study in each file"));
        }

        return Convert(stream.Documents[0].RootNode);
    }

    private static DocumentNode Convert(YamlNode node)
    {
        var (line, column) = ((int)node.Start.Line, (int)node.Start.Column);
        return node switch
        {
            YamlMappingNode mapping => new MappingNode(
                [.. mapping.Children.Select(c => KeyValuePair.Create(ToScalar(c.Key), Convert(c.Value)))], line, column),
            YamlSequenceNode sequence => new SequenceNode([.. sequence.Children.Select(Convert)], line, column),
            YamlScalarNode scalar => ToScalar(scalar),
            _ => new ScalarNode(null, ScalarKind.Null, line, column),
        };
    }

    private static ScalarNode ToScalar(YamlNode node)
    {
        var (line, column) = ((int)node.Start.Line, (int)node.Start.Column);
        if (node is not YamlScalarNode scalar)
        {
            return new ScalarNode(null, ScalarKind.Null, line, column);
        }

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

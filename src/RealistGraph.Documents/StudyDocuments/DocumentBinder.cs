using System.Collections;
using System.Globalization;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>
/// Binds parsed nodes onto <see cref="StudyDocument"/>, reporting every unknown key and wrong value type
/// with its path and position instead of stopping at the first.
/// </summary>
internal sealed class DocumentBinder(List<DocumentProblem> problems)
{
    private readonly List<DocumentProblem> _problems = problems;

    public StudyDocument Bind(DocumentNode root) =>
        (StudyDocument)BindObject(typeof(StudyDocument), root, "");

    private object BindObject(Type type, DocumentNode node, string path)
    {
        var instance = Activator.CreateInstance(type)!;
        if (node is not MappingNode mapping)
        {
            if (node is not ScalarNode { Kind: ScalarKind.Null })
            {
                Report(path, node, "expected a mapping of keys to values");
            }

            return instance;
        }

        var properties = DocumentShape.Of(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Entries)
        {
            var key = keyNode.Value ?? "";
            var keyPath = Join(path, key);
            if (!seen.Add(key))
            {
                Report(keyPath, keyNode, $"duplicate key '{key}'");
                continue;
            }

            var property = properties.FirstOrDefault(p => p.Name == key);
            if (property is null)
            {
                Report(keyPath, keyNode, $"unknown key '{key}' (known keys: {string.Join(", ", properties.Select(p => p.Name))})");
                continue;
            }

            var value = BindValue(property.Info.PropertyType, valueNode, keyPath);
            if (value is not null || property.IsNullable)
            {
                property.Info.SetValue(instance, value);
            }
        }

        return instance;
    }

    private object? BindValue(Type type, DocumentNode node, string path)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (node is ScalarNode { Kind: ScalarKind.Null })
        {
            return null;
        }

        if (underlying == typeof(string))
        {
            return BindString(node, path);
        }

        if (underlying == typeof(int))
        {
            if (node is ScalarNode { Kind: ScalarKind.Plain or ScalarKind.Number } number
                && int.TryParse(number.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
            {
                return result;
            }

            Report(path, node, "expected a whole number");
            return null;
        }

        if (underlying == typeof(DateTimeOffset))
        {
            if (node is ScalarNode { Kind: ScalarKind.Plain or ScalarKind.String } text
                && DateTimeOffset.TryParse(text.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                return moment;
            }

            Report(path, node, "expected a date and time such as 2024-05-01T12:00:00Z");
            return null;
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            return BindList(underlying, node, path);
        }

        if (underlying == typeof(Dictionary<string, string>))
        {
            return BindDictionary(node, path);
        }

        return BindObject(underlying, node, path);
    }

    private string? BindString(DocumentNode node, string path)
    {
        if (node is ScalarNode { Kind: ScalarKind.Plain or ScalarKind.String } scalar)
        {
            return scalar.Value ?? "";
        }

        Report(path, node, "expected text");
        return null;
    }

    private IList BindList(Type listType, DocumentNode node, string path)
    {
        var list = (IList)Activator.CreateInstance(listType)!;
        var itemType = listType.GetGenericArguments()[0];
        if (node is not SequenceNode sequence)
        {
            Report(path, node, "expected a list");
            return list;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = BindValue(itemType, sequence.Items[i], $"{path}[{i}]");
            if (item is not null)
            {
                list.Add(item);
            }
            else if (itemType == typeof(string))
            {
                Report($"{path}[{i}]", sequence.Items[i], "expected text, found an empty value");
            }
        }

        return list;
    }

    private Dictionary<string, string> BindDictionary(DocumentNode node, string path)
    {
        var dictionary = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not MappingNode mapping)
        {
            Report(path, node, "expected a mapping of names to text");
            return dictionary;
        }

        foreach (var (keyNode, valueNode) in mapping.Entries)
        {
            var key = keyNode.Value ?? "";
            var keyPath = Join(path, key);
            if (dictionary.ContainsKey(key))
            {
                Report(keyPath, keyNode, $"duplicate key '{key}'");
            }
            else if (BindString(valueNode, keyPath) is { } value)
            {
                dictionary[key] = value;
            }
        }

        return dictionary;
    }

    private void Report(string path, DocumentNode node, string message) =>
        _problems.Add(new DocumentProblem(path, $"{message} (line {node.Line}, column {node.Column})")
        {
            Line = node.Line,
            Column = node.Column,
        });

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}

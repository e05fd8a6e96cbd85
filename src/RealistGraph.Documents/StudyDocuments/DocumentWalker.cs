using System.Collections;
using System.Globalization;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>
/// Walks a document in the order its C# classes declare their properties, leaving out nulls and empty
/// lists, so that every format writes the same content in the same order.
/// </summary>
internal static class DocumentWalker
{
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    public static void Walk(object document, IDocumentSink sink) => WriteObject(document, sink);

    private static void WriteObject(object value, IDocumentSink sink)
    {
        sink.BeginMapping();
        foreach (var property in DocumentShape.Of(value.GetType()))
        {
            var propertyValue = property.Info.GetValue(value);
            if (propertyValue is null or ICollection { Count: 0 })
            {
                continue;
            }

            sink.Key(property.Name);
            WriteValue(propertyValue, sink);
        }

        sink.EndMapping();
    }

    private static void WriteValue(object value, IDocumentSink sink)
    {
        switch (value)
        {
            case string text:
                sink.Text(text);
                break;
            case int number:
                sink.Number(number);
                break;
            case DateTimeOffset moment:
                sink.Text(moment.ToString(TimestampFormat, CultureInfo.InvariantCulture));
                break;
            case IDictionary<string, string> dictionary:
                sink.BeginMapping();
                foreach (var (key, text) in dictionary.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    sink.Key(key);
                    sink.Text(text);
                }

                sink.EndMapping();
                break;
            case IList list:
                sink.BeginSequence(compact: list is List<string> ids && ids.All(IsIdLike));
                foreach (var item in list)
                {
                    WriteValue(item!, sink);
                }

                sink.EndSequence();
                break;
            default:
                WriteObject(value, sink);
                break;
        }
    }

    private static bool IsIdLike(string value) => value.Length > 0 && !value.Any(char.IsWhiteSpace);
}

using System.Text.Json.Nodes;
using RealistGraph.Documents.Safety;

namespace RealistGraph.Documents.StudyDocuments;

internal sealed partial class ValidationRun
{
    /// <summary>Every text of the document, by its path in the document, may hold only characters XML can carry.</summary>
    private void CheckCharacters()
    {
        // The document as written out names each text by the key a user wrote, which is the path to report.
        Walk("", JsonNode.Parse(StudyDocumentWriter.ToJson(_document)));
    }

    private void Walk(string path, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    Check(path.Length == 0 ? key : $"{path}.{key}", key, value);
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    Walk($"{path}[{i}]", list[i]);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && XmlSafeText.FirstUnsafe(text) is var at and >= 0:
                Add(path, "the text " + XmlSafeText.Describe(text, at));
                break;
        }
    }

    private void Check(string path, string key, JsonNode? value)
    {
        if (XmlSafeText.FirstUnsafe(key) is var at and >= 0)
        {
            Add(path, "the key " + XmlSafeText.Describe(key, at));
        }

        Walk(path, value);
    }
}

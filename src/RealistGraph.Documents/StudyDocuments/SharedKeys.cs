namespace RealistGraph.Documents.StudyDocuments;

/// <summary>
/// One string per distinct mapping key of a document: a study repeats the same few keys (<c>id</c>, <c>text</c>,
/// <c>themes</c>...) on every quote, and a parser makes a new string for each occurrence.
/// </summary>
internal sealed class SharedKeys
{
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    public string? Share(string? key)
    {
        if (key is null)
        {
            return null;
        }

        if (_keys.TryGetValue(key, out var shared))
        {
            return shared;
        }

        _keys[key] = key;
        return key;
    }
}

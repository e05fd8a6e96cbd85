using System.Text;
using RealistGraph.Documents.Safety;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>
/// Checks every key and text of a document as <see cref="DocumentWalker"/> walks it, naming each by its path in the
/// document as written out (<c>quotes[3].text</c>). The path is spelled out only for a problem, so the check costs
/// no copy of the document.
/// </summary>
internal sealed class CharacterCheckSink(Action<string, string> add) : IDocumentSink
{
    private readonly List<Frame> _frames = [];

    public void BeginMapping()
    {
        NextItem();
        _frames.Add(new Frame(IsSequence: false));
    }

    public void Key(string name)
    {
        _frames[^1].Key = name;
        if (XmlSafeText.FirstUnsafe(name) is var at and >= 0)
        {
            add(Path(), "the key " + XmlSafeText.Describe(name, at));
        }
    }

    public void EndMapping() => _frames.RemoveAt(_frames.Count - 1);

    public void BeginSequence(bool compact)
    {
        NextItem();
        _frames.Add(new Frame(IsSequence: true));
    }

    public void EndSequence() => _frames.RemoveAt(_frames.Count - 1);

    public void Text(string value)
    {
        NextItem();
        if (XmlSafeText.FirstUnsafe(value) is var at and >= 0)
        {
            add(Path(), "the text " + XmlSafeText.Describe(value, at));
        }
    }

    public void Number(int value) => NextItem();

    private void NextItem()
    {
        if (_frames.Count > 0 && _frames[^1].IsSequence)
        {
            _frames[^1].Index++;
        }
    }

    private string Path()
    {
        var path = new StringBuilder();
        foreach (var frame in _frames)
        {
            if (frame.IsSequence)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Key is { } key)
            {
                path.Append(path.Length == 0 ? "" : ".").Append(key);
            }
        }

        return path.ToString();
    }

    private sealed record Frame(bool IsSequence)
    {
        public string? Key { get; set; }

        public int Index { get; set; } = -1;
    }
}

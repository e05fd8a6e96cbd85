namespace RealistGraph.Documents.Refi;

/// <summary>
/// Hands out local ids unique across the whole study document (every kind shares one namespace,
/// since the graph qualifies them all the same way as <c>{study id}/{local id}</c>).
/// </summary>
internal sealed class LocalIdPool
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public string Take(string wanted) => RefiNames.Unique(wanted, _taken);

    public void Release(string id) => _taken.Remove(id);
}

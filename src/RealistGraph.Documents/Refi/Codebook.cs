namespace RealistGraph.Documents.Refi;

/// <summary>The code tree and the code sets (set name → member code guids) of a project or codebook.</summary>
internal sealed record Codebook(
    IReadOnlyList<CodeNode> Roots,
    IReadOnlyDictionary<string, CodeNode> ByGuid,
    IReadOnlyDictionary<string, HashSet<string>> Sets)
{
    public IEnumerable<CodeNode> All => Roots.SelectMany(r => r.SelfAndDescendants());
}

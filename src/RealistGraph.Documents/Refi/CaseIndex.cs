namespace RealistGraph.Documents.Refi;

/// <summary>Which participant (local id) a source or a selection belongs to, by normalised guid.</summary>
internal sealed record CaseIndex(IReadOnlyDictionary<string, string> BySource, IReadOnlyDictionary<string, string> BySelection)
{
    public string? ParticipantOf(string selectionGuid, IEnumerable<string> sourceGuids) =>
        BySelection.TryGetValue(selectionGuid, out var byCase)
            ? byCase
            : sourceGuids.Select(g => BySource.GetValueOrDefault(g)).FirstOrDefault(p => p is not null);
}

namespace RealistGraph.Neo4j.Import;

public enum ImportChange
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>What an import did: whether anything changed, how much was written, and which links could not be kept.</summary>
public sealed record ImportOutcome(
    string StudyId,
    ImportChange Change,
    IReadOnlyDictionary<string, int> Written,
    IReadOnlyList<string> DroppedLinks)
{
    /// <summary>What the source format could not carry over (REFI-QDA elements skipped, defaults assumed).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True once Neo4j has answered the commit: the graph holds what this outcome describes.</summary>
    public bool Committed { get; init; }

    /// <summary>Neo4j's answer to the commit was lost and the graph was read back to confirm it (<see cref="CommitCheck"/>).</summary>
    public bool CommitAnswerLost { get; init; }

    public string Describe() => Change switch
    {
        ImportChange.Unchanged => $"{StudyId}: unchanged (the stored version is identical)",
        _ => $"{StudyId}: {Change.ToString().ToLowerInvariant()}, "
             + string.Join(", ", Written.Where(w => w.Value > 0).Select(w => $"{w.Value} {w.Key}"))
             + (DroppedLinks.Count > 0 ? $"; {DroppedLinks.Count} link(s) not kept: {string.Join("; ", DroppedLinks)}" : "")
             + (Committed ? "; committed" : "")
             + (CommitAnswerLost ? " (Neo4j's answer to the commit was lost; the graph was read back and holds it)" : ""),
    } + (Notes.Count > 0 ? $"; {Notes.Count} note(s) from the source:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", Notes) : "");
}

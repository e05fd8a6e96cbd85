namespace RealistGraph.Domain.Cogs;

/// <summary>
/// How one study in scope was counted: at which grain, how many units it added, and the themes it lists but
/// could not count (themes without quotes in a study counted by quotes).
/// </summary>
public sealed record StudyGrain(string StudyId, EvidenceUnit Grain, int Units, IReadOnlyList<string> UncountedThemeIds);

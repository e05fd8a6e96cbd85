namespace RealistGraph.Domain.Cogs;

/// <summary>
/// The cogs of one scope (a study, a participant, or studies pooled) and how they mesh, with how each study was
/// counted (<see cref="Studies"/>) and plain-language <see cref="Notes"/> on whatever was weighted, skipped or mixed.
/// </summary>
public sealed record CogModel(
    IReadOnlyList<Cog> Cogs,
    IReadOnlyList<CogInteraction> Interactions,
    EvidenceUnit Unit,
    bool AllTurnSameWay,
    string? HeaviestDomainKey,
    IReadOnlyList<StudyGrain> Studies,
    IReadOnlyList<string> Notes);

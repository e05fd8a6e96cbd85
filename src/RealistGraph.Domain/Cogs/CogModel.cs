namespace RealistGraph.Domain.Cogs;

/// <summary>The cogs of one scope (a study, a participant, or studies pooled) and how they mesh.</summary>
public sealed record CogModel(
    IReadOnlyList<Cog> Cogs,
    IReadOnlyList<CogInteraction> Interactions,
    EvidenceUnit Unit,
    bool AllTurnSameWay,
    string? HeaviestDomainKey);

namespace RealistGraph.Domain.Model;

public sealed record Context(string Id, string StudyId, string Description);

/// <summary>How people respond to what an intervention offers: the resource, and the reasoning it triggers (Dalkin et al. 2015).</summary>
public sealed record Mechanism(string Id, string StudyId, string Name, string? Resource, string? Reasoning);

public enum OutcomeValence
{
    Positive,
    Negative,
    Mixed,
}

public sealed record Outcome(string Id, string StudyId, string Description, OutcomeValence Valence);

public enum Confidence
{
    Low,
    Moderate,
    High,
}

/// <summary>One claim: in context C, mechanism M produces outcome O.</summary>
public sealed record CmoConfiguration(
    string Id,
    string StudyId,
    string Statement,
    Confidence? Confidence,
    string? ContextId,
    string? MechanismId,
    string? OutcomeId);

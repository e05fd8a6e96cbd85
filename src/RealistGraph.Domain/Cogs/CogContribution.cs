namespace RealistGraph.Domain.Cogs;

/// <summary>
/// What one study adds to one cog: its supports, threats and mixed units, counted at the study's own
/// <see cref="Grain"/> (quotes, or themes when the study has no quotes in scope).
/// </summary>
public sealed record CogContribution(string StudyId, EvidenceUnit Grain, int Supports, int Threats, int Mixed)
{
    public int Units => Supports + Threats + Mixed;
}

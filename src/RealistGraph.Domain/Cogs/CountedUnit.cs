using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Cogs;

/// <summary>One counted piece of evidence in one domain: a quote (deduplicated within the domain) or a theme, of a study.</summary>
internal sealed record CountedUnit(string DomainKey, Polarity Polarity, string? ParticipantId, string StudyKey = "")
{
    /// <summary>+1 for a support, -1 for a threat, 0 for mixed.</summary>
    public int Push => Polarity switch
    {
        Polarity.Support => 1,
        Polarity.Threat => -1,
        _ => 0,
    };
}

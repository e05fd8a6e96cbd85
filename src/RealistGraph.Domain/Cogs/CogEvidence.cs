using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Cogs;

/// <summary>
/// One evidence row fetched from the graph: a quote coded to a theme of a domain
/// (<see cref="QuoteId"/> is null when the row is a theme without quotes), of a study
/// (<see cref="StudyId"/> null stands for one unnamed study).
/// </summary>
public sealed record CogEvidence(
    string DomainKey,
    string DomainName,
    string ThemeId,
    Polarity ThemePolarity,
    string? QuoteId,
    Polarity? QuotePolarity,
    string? ParticipantId,
    string? StudyId = null)
{
    /// <summary>The study key used for grouping: the study id, or "" for the unnamed study.</summary>
    internal string StudyKey => StudyId ?? "";
}

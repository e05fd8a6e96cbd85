using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Cogs;

/// <summary>
/// One evidence row fetched from the graph: a quote coded to a theme of a domain
/// (<see cref="QuoteId"/> is null when the row is a theme without quotes).
/// </summary>
public sealed record CogEvidence(
    string DomainKey,
    string DomainName,
    string ThemeId,
    Polarity ThemePolarity,
    string? QuoteId,
    Polarity? QuotePolarity,
    string? ParticipantId);

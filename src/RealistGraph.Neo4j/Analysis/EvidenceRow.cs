using RealistGraph.Domain.Model;

namespace RealistGraph.Neo4j.Analysis;

/// <summary>A quote coded to a theme of a domain (or a theme without quotes), as the cogs need it.</summary>
public sealed record EvidenceRow(
    string DomainId, string DomainName, string CanonicalDomain, string StudyId,
    string ThemeId, Polarity ThemePolarity, string? QuoteId, Polarity? QuotePolarity, string? ParticipantId);

/// <summary>An interaction stated by a study's authors, with both domains' canonical names.</summary>
public sealed record StatedInteractionRow(
    string StudyId, string FromDomainId, string FromName, string FromCanonical, string ToDomainId, string ToName, string ToCanonical,
    InteractionKind Kind, string Description);

/// <summary>What the cogs are computed from: evidence rows, stated interactions, and the studies in scope that exist.</summary>
public sealed record CogInputs(IReadOnlyList<EvidenceRow> Evidence, IReadOnlyList<StatedInteractionRow> Stated, IReadOnlyList<string> StudyIds);

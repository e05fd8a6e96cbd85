using RealistGraph.Domain.Model;

namespace RealistGraph.Neo4j.Analysis;

/// <summary>A theme in scope of the cogs with its domain, in evidence order, and whether a quote in scope evidences it.</summary>
public sealed record ThemeRow(
    string StudyId, string DomainId, string DomainName, string CanonicalDomain, string ThemeId, Polarity ThemePolarity, bool Quoted);

/// <summary>
/// Quotes counted in Cypher for the cogs: of one study, in one domain (its id, or its canonical domain when counted
/// pooled), spoken by one participant (null: none), with how many are supports and threats.
/// </summary>
public sealed record TallyRow(string StudyId, string DomainKey, string? ParticipantId, int Supports, int Threats, int Units);

/// <summary>An interaction stated by a study's authors, with both domains' canonical names.</summary>
public sealed record StatedInteractionRow(
    string StudyId, string FromDomainId, string FromName, string FromCanonical, string ToDomainId, string ToName, string ToCanonical,
    InteractionKind Kind, string Description);

/// <summary>
/// What the cogs are computed from: the themes in scope, the quotes counted per domain id (and per canonical domain,
/// when the request may pool studies), the stated interactions, and the studies in scope that exist.
/// </summary>
public sealed record CogInputs(
    IReadOnlyList<ThemeRow> Themes,
    IReadOnlyList<TallyRow> ByDomain,
    IReadOnlyList<TallyRow>? ByCanonical,
    IReadOnlyList<StatedInteractionRow> Stated,
    IReadOnlyList<string> StudyIds);

namespace RealistGraph.Domain.Model;

/// <summary>
/// A level at which factors act inside one study (e.g. personal, social, structural).
/// <see cref="CanonicalDomain"/> maps it onto the shared vocabulary used to pool studies.
/// </summary>
public sealed record StudyDomain(string Id, string StudyId, string Name, string CanonicalDomain, string? Description);

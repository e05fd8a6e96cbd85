using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Cogs;

/// <summary>An interaction between two domains that a study's authors state, already keyed by domain key.</summary>
public sealed record StatedInteraction(
    string FromDomainKey,
    string ToDomainKey,
    InteractionKind Kind,
    string Description,
    string StudyId);

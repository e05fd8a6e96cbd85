namespace RealistGraph.Domain.Model;

public enum InteractionKind
{
    /// <summary>Both cogs push the same way, each strengthening the other.</summary>
    Reinforcing,

    /// <summary>One cog pushes against the other.</summary>
    Countering,
}

/// <summary>An interaction between two domains that a study's authors state in their own words.</summary>
public sealed record DomainInteraction(
    string Id,
    string StudyId,
    string FromDomainId,
    string ToDomainId,
    InteractionKind Kind,
    string Description);

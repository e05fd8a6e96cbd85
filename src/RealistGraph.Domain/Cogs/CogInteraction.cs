using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Cogs;

/// <summary>
/// How two cogs mesh. A stated interaction carries the authors' description and no participants;
/// an observed one lists the participants whose quotes show it.
/// </summary>
public sealed record CogInteraction(
    string FromDomainKey,
    string ToDomainKey,
    InteractionKind Kind,
    InteractionSource Source,
    string? Description,
    IReadOnlyList<string> ParticipantIds)
{
    public int ParticipantCount => ParticipantIds.Count;
}

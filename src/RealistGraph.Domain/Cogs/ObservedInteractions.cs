using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Cogs;

/// <summary>
/// Finds, within each participant, pairs of domains whose nets (supports - threats) push the same way
/// (reinforcing) or opposite ways (countering).
/// </summary>
internal static class ObservedInteractions
{
    private static readonly InteractionKind[] _kinds = [InteractionKind.Reinforcing, InteractionKind.Countering];

    public static IEnumerable<CogInteraction> Find(IReadOnlyList<string> domainOrder, IReadOnlyList<CogTally> tallies)
    {
        var nets = tallies
            .Where(t => t.ParticipantId is not null)
            .GroupBy(t => t.ParticipantId!, StringComparer.Ordinal)
            .Select(p => new ParticipantNets(
                p.Key,
                p.GroupBy(t => t.DomainKey, StringComparer.Ordinal).ToDictionary(d => d.Key, d => d.Sum(t => t.Net), StringComparer.Ordinal)))
            .ToList();

        for (var i = 0; i < domainOrder.Count; i++)
        {
            for (var j = i + 1; j < domainOrder.Count; j++)
            {
                foreach (var kind in _kinds)
                {
                    var participants = nets
                        .Where(p => p.KindFor(domainOrder[i], domainOrder[j]) == kind)
                        .Select(p => p.ParticipantId)
                        .Order(StringComparer.Ordinal)
                        .ToList();
                    if (participants.Count > 0)
                        yield return new CogInteraction(domainOrder[i], domainOrder[j], kind, InteractionSource.Observed, null, participants);
                }
            }
        }
    }

    private sealed record ParticipantNets(string ParticipantId, IReadOnlyDictionary<string, int> NetByDomain)
    {
        public InteractionKind? KindFor(string first, string second)
        {
            var a = Math.Sign(NetByDomain.GetValueOrDefault(first));
            var b = Math.Sign(NetByDomain.GetValueOrDefault(second));
            if (a == 0 || b == 0)
                return null;
            return a == b ? InteractionKind.Reinforcing : InteractionKind.Countering;
        }
    }
}

using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Cogs;

/// <summary>A participant's supports and threats in two domains.</summary>
public sealed record ParticipantCrossing(string ParticipantId, int ThreatsInThreatDomain, int SupportsInSupportDomain);

/// <summary>
/// Who reports a threat in one domain and a support in another (e.g. a structural threat and a social support):
/// the people for whom two cogs turn against each other. A quote counts as the cogs count it: with its own polarity,
/// else its themes' in that domain, and as neither when those themes disagree.
/// </summary>
public static class CounterRotation
{
    public static IReadOnlyList<ParticipantCrossing> Find(IEnumerable<CogEvidence> evidence, string threatDomainKey, string supportDomainKey)
    {
        var units = evidence
            .Where(e => e.QuoteId is not null && e.ParticipantId is not null)
            .GroupBy(e => (e.ParticipantId!, e.DomainKey, e.QuoteId!))
            .Select(g => (Participant: g.Key.Item1, Domain: g.Key.DomainKey, Polarity: EvidenceCounter.QuotePolarity(g.ToList())))
            .ToList();

        return units
            .GroupBy(u => u.Participant, StringComparer.Ordinal)
            .Select(p => new ParticipantCrossing(
                p.Key,
                p.Count(u => u.Domain == threatDomainKey && u.Polarity == Polarity.Threat),
                p.Count(u => u.Domain == supportDomainKey && u.Polarity == Polarity.Support)))
            .Where(c => c.ThreatsInThreatDomain > 0 && c.SupportsInSupportDomain > 0)
            .OrderByDescending(c => c.ThreatsInThreatDomain + c.SupportsInSupportDomain)
            .ThenBy(c => c.ParticipantId, StringComparer.Ordinal)
            .ToList();
    }
}

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
    public static IReadOnlyList<ParticipantCrossing> Find(IEnumerable<CogEvidence> evidence, string threatDomainKey, string supportDomainKey) =>
        Find(EvidenceCounter.FromRows(evidence.ToList()).Tallies, threatDomainKey, supportDomainKey);

    /// <summary>The same, from quotes already counted per domain key and participant (as the graph counts them).</summary>
    public static IReadOnlyList<ParticipantCrossing> Find(IReadOnlyList<CogTally> quoteTallies, string threatDomainKey, string supportDomainKey) =>
        quoteTallies
            .Where(t => t.ParticipantId is not null)
            .GroupBy(t => t.ParticipantId!, StringComparer.Ordinal)
            .Select(p => new ParticipantCrossing(
                p.Key,
                p.Where(t => t.DomainKey == threatDomainKey).Sum(t => t.Threats),
                p.Where(t => t.DomainKey == supportDomainKey).Sum(t => t.Supports)))
            .Where(c => c.ThreatsInThreatDomain > 0 && c.SupportsInSupportDomain > 0)
            .OrderByDescending(c => c.ThreatsInThreatDomain + c.SupportsInSupportDomain)
            .ThenBy(c => c.ParticipantId, StringComparer.Ordinal)
            .ToList();
}

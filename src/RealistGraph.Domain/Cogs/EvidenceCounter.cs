using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Cogs;

internal sealed record CountedEvidence(EvidenceUnit Unit, IReadOnlyList<CountedUnit> Units);

/// <summary>Turns evidence rows into counted units, in order of first appearance.</summary>
internal static class EvidenceCounter
{
    public static CountedEvidence Count(IReadOnlyList<CogEvidence> rows)
    {
        var quoteRows = rows.Where(r => HasQuote(r)).ToList();
        return quoteRows.Count > 0
            ? new CountedEvidence(EvidenceUnit.Quotes, CountQuotes(quoteRows))
            : new CountedEvidence(EvidenceUnit.Themes, CountThemes(rows));
    }

    public static bool HasQuote(CogEvidence row) => !string.IsNullOrEmpty(row.QuoteId);

    // A quote coded to several themes of one domain is one unit there. Its own polarity wins;
    // without one, its themes' polarities decide, and themes that disagree make it Mixed.
    private static List<CountedUnit> CountQuotes(List<CogEvidence> rows) =>
        rows.GroupBy(r => (r.DomainKey, QuoteId: r.QuoteId!))
            .Select(g => new CountedUnit(
                g.Key.DomainKey,
                QuotePolarity(g.ToList()),
                g.Select(r => r.ParticipantId).FirstOrDefault(p => !string.IsNullOrEmpty(p))))
            .ToList();

    /// <summary>One quote's polarity in one domain, from its rows there (also what counter-rotation counts).</summary>
    internal static Polarity QuotePolarity(List<CogEvidence> rows)
    {
        var own = rows.Where(r => r.QuotePolarity.HasValue).Select(r => r.QuotePolarity!.Value).ToList();
        return own.Count > 0 ? Agreed(own) : Agreed(rows.Select(r => r.ThemePolarity));
    }

    private static List<CountedUnit> CountThemes(IReadOnlyList<CogEvidence> rows) =>
        rows.GroupBy(r => (r.DomainKey, r.ThemeId))
            .Select(g => new CountedUnit(g.Key.DomainKey, Agreed(g.Select(r => r.ThemePolarity)), null))
            .ToList();

    private static Polarity Agreed(IEnumerable<Polarity> polarities)
    {
        var distinct = polarities.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : Polarity.Mixed;
    }
}

using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Cogs;

internal sealed record CountedEvidence(EvidenceUnit Unit, IReadOnlyList<CountedUnit> Units, IReadOnlyList<StudyGrain> Studies);

/// <summary>
/// Turns evidence rows into counted units, in order of first appearance. Each study is counted at its own grain:
/// its quotes when it has any in scope, otherwise its themes.
/// </summary>
internal static class EvidenceCounter
{
    public static CountedEvidence Count(IReadOnlyList<CogEvidence> rows)
    {
        var units = new List<CountedUnit>();
        var studies = new List<StudyGrain>();
        foreach (var study in rows.GroupBy(r => r.StudyKey, StringComparer.Ordinal))
        {
            var studyRows = study.ToList();
            var quoteRows = studyRows.Where(HasQuote).ToList();
            var grain = quoteRows.Count > 0 ? EvidenceUnit.Quotes : EvidenceUnit.Themes;
            var counted = grain == EvidenceUnit.Quotes ? CountQuotes(quoteRows) : CountThemes(studyRows);
            var quoted = quoteRows.Select(r => r.ThemeId).ToHashSet(StringComparer.Ordinal);
            var uncounted = grain == EvidenceUnit.Quotes
                ? studyRows.Select(r => r.ThemeId).Distinct(StringComparer.Ordinal).Where(t => !quoted.Contains(t)).ToList()
                : [];
            units.AddRange(counted);
            studies.Add(new StudyGrain(study.Key, grain, counted.Count, uncounted));
        }

        var grains = studies.Select(s => s.Grain).Distinct().ToList();
        var unit = grains.Count switch
        {
            0 => EvidenceUnit.Themes,
            1 => grains[0],
            _ => EvidenceUnit.Mixed,
        };
        return new CountedEvidence(unit, units, studies);
    }

    public static bool HasQuote(CogEvidence row) => !string.IsNullOrEmpty(row.QuoteId);

    // A quote coded to several themes of one domain is one unit there. Its own polarity wins;
    // without one, its themes' polarities decide, and themes that disagree make it Mixed.
    private static List<CountedUnit> CountQuotes(List<CogEvidence> rows) =>
        rows.GroupBy(r => (r.DomainKey, QuoteId: r.QuoteId!))
            .Select(g => new CountedUnit(
                g.Key.DomainKey,
                QuotePolarity(g.ToList()),
                g.Select(r => r.ParticipantId).FirstOrDefault(p => !string.IsNullOrEmpty(p)),
                g.First().StudyKey))
            .ToList();

    /// <summary>One quote's polarity in one domain, from its rows there (also what counter-rotation counts).</summary>
    internal static Polarity QuotePolarity(List<CogEvidence> rows)
    {
        var own = rows.Where(r => r.QuotePolarity.HasValue).Select(r => r.QuotePolarity!.Value).ToList();
        return own.Count > 0 ? Agreed(own) : Agreed(rows.Select(r => r.ThemePolarity));
    }

    private static List<CountedUnit> CountThemes(IReadOnlyList<CogEvidence> rows) =>
        rows.GroupBy(r => (r.DomainKey, r.ThemeId))
            .Select(g => new CountedUnit(g.Key.DomainKey, Agreed(g.Select(r => r.ThemePolarity)), null, g.First().StudyKey))
            .ToList();

    private static Polarity Agreed(IEnumerable<Polarity> polarities)
    {
        var distinct = polarities.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : Polarity.Mixed;
    }
}

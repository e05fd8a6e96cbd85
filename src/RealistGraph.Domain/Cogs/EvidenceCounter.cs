using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Cogs;

internal sealed record CountedEvidence(EvidenceUnit Unit, IReadOnlyList<CogTally> Tallies, IReadOnlyList<StudyGrain> Studies);

/// <summary>
/// Turns the themes in scope and the quotes counted per domain into counted units, in order of first appearance.
/// Each study is counted at its own grain: its quotes when it has any in scope, otherwise its themes.
/// <see cref="FromRows"/> does the counting of quotes from evidence rows that the graph otherwise does in Cypher.
/// </summary>
internal static class EvidenceCounter
{
    public static CountedEvidence Count(IReadOnlyList<CogTheme> themes, IReadOnlyList<CogTally> quoteTallies)
    {
        var talliesByStudy = quoteTallies.ToLookup(t => t.StudyKey, StringComparer.Ordinal);
        var counted = new List<CogTally>();
        var studies = new List<StudyGrain>();
        foreach (var study in themes.GroupBy(t => t.StudyKey, StringComparer.Ordinal))
        {
            var studyThemes = study.ToList();
            var quoted = talliesByStudy[study.Key].ToList();
            var grain = quoted.Count > 0 ? EvidenceUnit.Quotes : EvidenceUnit.Themes;
            var own = grain == EvidenceUnit.Quotes ? quoted : CountThemes(studyThemes);
            var quotedThemes = studyThemes.Where(t => t.Quoted).Select(t => t.ThemeId).ToHashSet(StringComparer.Ordinal);
            var uncounted = grain == EvidenceUnit.Quotes
                ? studyThemes.Select(t => t.ThemeId).Distinct(StringComparer.Ordinal).Where(t => !quotedThemes.Contains(t)).ToList()
                : [];
            counted.AddRange(own);
            studies.Add(new StudyGrain(study.Key, grain, own.Sum(t => t.Units), uncounted));
        }

        var grains = studies.Select(s => s.Grain).Distinct().ToList();
        var unit = grains.Count switch
        {
            0 => EvidenceUnit.Themes,
            1 => grains[0],
            _ => EvidenceUnit.Mixed,
        };
        return new CountedEvidence(unit, counted, studies);
    }

    /// <summary>The themes and quote tallies that evidence rows (one per quote and theme) stand for.</summary>
    public static (List<CogTheme> Themes, List<CogTally> Tallies) FromRows(IReadOnlyList<CogEvidence> rows)
    {
        var themes = rows.Select(r => new CogTheme(r.DomainKey, r.DomainName, r.ThemeId, r.ThemePolarity, HasQuote(r), r.StudyId)).ToList();

        // A quote coded to several themes of one domain is one unit there.
        var tallies = rows.Where(HasQuote)
            .GroupBy(r => (r.StudyKey, r.DomainKey, QuoteId: r.QuoteId!))
            .Select(g => (
                g.Key.StudyKey,
                g.Key.DomainKey,
                Participant: g.Select(r => r.ParticipantId).FirstOrDefault(p => !string.IsNullOrEmpty(p)),
                Polarity: QuotePolarity(g.ToList()),
                g.First().StudyId))
            .GroupBy(u => (u.StudyKey, u.DomainKey, u.Participant))
            .Select(g => new CogTally(
                g.Key.DomainKey, g.Key.Participant, g.Count(u => u.Polarity == Polarity.Support), g.Count(u => u.Polarity == Polarity.Threat),
                g.Count(), g.First().StudyId))
            .ToList();
        return (themes, tallies);
    }

    public static bool HasQuote(CogEvidence row) => !string.IsNullOrEmpty(row.QuoteId);

    /// <summary>One quote's polarity in one domain, from its rows there: its own polarity wins; without one, its
    /// themes' polarities decide, and themes that disagree make it Mixed.</summary>
    internal static Polarity QuotePolarity(List<CogEvidence> rows)
    {
        var own = rows.Where(r => r.QuotePolarity.HasValue).Select(r => r.QuotePolarity!.Value).ToList();
        return own.Count > 0 ? Agreed(own) : Agreed(rows.Select(r => r.ThemePolarity));
    }

    // One unit per theme of a domain, with the theme's polarity (Mixed when a theme listed twice disagrees).
    private static List<CogTally> CountThemes(IReadOnlyList<CogTheme> themes) =>
        themes.GroupBy(t => (t.DomainKey, t.ThemeId))
            .Select(g =>
            {
                var polarity = Agreed(g.Select(t => t.ThemePolarity));
                return new CogTally(
                    g.Key.DomainKey, null, polarity == Polarity.Support ? 1 : 0, polarity == Polarity.Threat ? 1 : 0, 1, g.First().StudyId);
            })
            .ToList();

    private static Polarity Agreed(IEnumerable<Polarity> polarities)
    {
        var distinct = polarities.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : Polarity.Mixed;
    }
}

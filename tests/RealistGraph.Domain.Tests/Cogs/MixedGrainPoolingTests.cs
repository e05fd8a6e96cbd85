using RealistGraph.Domain.Cogs;
using RealistGraph.Domain.Model;
using static RealistGraph.Domain.Model.Polarity;

namespace RealistGraph.Domain.Tests.Cogs;

/// <summary>Studies whose evidence is at different grain (quotes vs themes only) pool with every study counted.</summary>
public sealed class MixedGrainPoolingTests
{
    // Study "q" is coded to quotes: structural q1 T, q2 T, q3 S; social q4 S; plus theme qt9 (structural) without quotes.
    // Study "t" has themes only: social t1 S, t2 S; personal t3 T.
    private static readonly CogEvidence[] _quoted =
    [
        Row("q", "structural", "qt1", Threat, "q1", "p1"),
        Row("q", "structural", "qt1", Threat, "q2", "p2"),
        Row("q", "structural", "qt2", Support, "q3", "p2"),
        Row("q", "social", "qt3", Support, "q4", "p1"),
        Row("q", "structural", "qt9", Threat, null, null),
    ];

    private static readonly CogEvidence[] _themesOnly =
    [
        Row("t", "social", "t1", Support, null, null),
        Row("t", "social", "t2", Support, null, null),
        Row("t", "personal", "t3", Threat, null, null),
    ];

    [Fact]
    public void Every_study_contributes_at_its_own_grain_and_the_cog_counts_are_the_sums()
    {
        var model = CogCalculator.Compute([.. _quoted, .. _themesOnly], []);

        Assert.Equal(EvidenceUnit.Mixed, model.Unit);
        Assert.Equal(["structural", "social", "personal"], model.Cogs.Select(c => c.DomainKey));

        var social = model.Cogs[1];
        Assert.Equal((3, 0), (social.Supports, social.Threats));
        Assert.Equal(
            [new CogContribution("q", EvidenceUnit.Quotes, 1, 0, 0), new CogContribution("t", EvidenceUnit.Themes, 2, 0, 0)],
            social.Contributions);
        Assert.Equal(["qt3", "t1", "t2"], social.ThemeIds);

        var structural = model.Cogs[0];
        Assert.Equal([new CogContribution("q", EvidenceUnit.Quotes, 1, 2, 0)], structural.Contributions);
        Assert.Equal((1, 2), (structural.Supports, structural.Threats));

        // 4 quotes + 3 themes = 7 units; each theme counts as one unit, unweighted.
        Assert.Equal(3.0 / 7, structural.Salience, 12);
        Assert.Equal(3.0 / 7, social.Salience, 12);
        Assert.Equal(1.0 / 7, model.Cogs[2].Salience, 12);
        Assert.All(model.Cogs, c => Assert.Equal(c.Supports, c.Contributions.Sum(x => x.Supports)));
        Assert.All(model.Cogs, c => Assert.Equal(c.Threats, c.Contributions.Sum(x => x.Threats)));
    }

    [Fact]
    public void Adding_a_themes_only_study_never_changes_what_a_quoted_study_counts()
    {
        var alone = CogCalculator.Compute(_quoted, []);
        var pooled = CogCalculator.Compute([.. _quoted, .. _themesOnly], []);

        Assert.Equal(EvidenceUnit.Quotes, alone.Unit);
        foreach (var cog in alone.Cogs)
        {
            var mine = pooled.Cogs.Single(c => c.DomainKey == cog.DomainKey).Contributions.Single(x => x.StudyId == "q");
            Assert.Equal((cog.Supports, cog.Threats), (mine.Supports, mine.Threats));
        }

        Assert.Equal(
            [new StudyGrain("q", EvidenceUnit.Quotes, 4, ["qt9"]), new StudyGrain("t", EvidenceUnit.Themes, 3, [])],
            pooled.Studies,
            new StudyGrainComparer());
    }

    [Fact]
    public void Notes_say_what_was_mixed_skipped_and_what_cannot_be_observed()
    {
        var notes = CogCalculator.Compute([.. _quoted, .. _themesOnly], []).Notes;

        Assert.Equal(3, notes.Count);
        Assert.Equal("Mixed grain: q counts 4 quotes; t has no quotes in scope and counts 3 themes. Each theme counts as one unit, like one quote; no weight is applied.", notes[0]);
        Assert.Equal("Skipped: q counts quotes, so its 1 theme without quotes (qt9) is listed under its cog but not counted.", notes[1]);
        Assert.StartsWith("No participants: t counted by themes", notes[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_study_coded_to_quotes_throughout_has_no_notes()
    {
        var model = CogCalculator.Compute(_quoted.Where(r => r.QuoteId is not null), []);

        Assert.Empty(model.Notes);
        Assert.Equal(EvidenceUnit.Quotes, model.Unit);
    }

    [Fact]
    public void Mixed_polarity_units_are_noted()
    {
        var model = CogCalculator.Compute([Row("t", "social", "t1", Mixed, null, null), Row("t", "social", "t2", Support, null, null)], []);

        Assert.Contains("Mixed polarity: 1 unit in SOCIAL adds to its salience but to neither supports nor threats.", model.Notes);
        Assert.Equal(new CogContribution("t", EvidenceUnit.Themes, 1, 0, 1), Assert.Single(model.Cogs[0].Contributions));
    }

    [Fact]
    public void Observed_interactions_come_from_the_quoted_study_only()
    {
        var model = CogCalculator.Compute([.. _quoted, .. _themesOnly], []);

        Assert.All(model.Interactions, i => Assert.All(i.ParticipantIds, p => Assert.StartsWith("p", p, StringComparison.Ordinal)));
        Assert.Contains(model.Interactions, i => i.Source == InteractionSource.Observed);
    }

    private static CogEvidence Row(string study, string domain, string theme, Polarity polarity, string? quote, string? participant) =>
        new(domain, domain.ToUpperInvariant(), theme, polarity, quote, null, participant, study);

    private sealed class StudyGrainComparer : IEqualityComparer<StudyGrain>
    {
        public bool Equals(StudyGrain? x, StudyGrain? y) =>
            x is not null && y is not null && (x.StudyId, x.Grain, x.Units) == (y.StudyId, y.Grain, y.Units) && x.UncountedThemeIds.SequenceEqual(y.UncountedThemeIds);

        public int GetHashCode(StudyGrain obj) => obj.StudyId.GetHashCode(StringComparison.Ordinal);
    }
}

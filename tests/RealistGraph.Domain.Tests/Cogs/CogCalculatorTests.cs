using RealistGraph.Domain.Cogs;
using RealistGraph.Domain.Model;
using static RealistGraph.Domain.Model.Polarity;
using static RealistGraph.Domain.Tests.Cogs.Evidence;

namespace RealistGraph.Domain.Tests.Cogs;

public sealed class CogCalculatorTests
{
    private const double Tolerance = 1e-12;

    // structural: q1 T, q3 S (own polarity over a threat theme), q4 T (coded to two themes), q7 T -> 1 S, 3 T, 4 units
    // social:     q2 S, q5 mixed, q8 T                                                         -> 1 S, 1 T, 3 units
    // personal:   q6 S, plus theme t6 with no quotes                                           -> 1 S, 0 T, 1 unit
    private static readonly CogEvidence[] _seedLike =
    [
        Quote("structural", "t1", Threat, "q1", "p1"),
        Quote("social", "t3", Support, "q2", "p1"),
        Quote("structural", "t1", Threat, "q3", "p2", own: Support),
        Quote("structural", "t1", Threat, "q4", "p2"),
        Quote("structural", "t2", Threat, "q4", "p2"),
        Quote("social", "t4", Mixed, "q5", "p2"),
        Quote("personal", "t5", Support, "q6", "p3"),
        Theme("personal", "t6", Threat),
        Quote("structural", "t2", Threat, "q7", "p4"),
        Quote("social", "t7", Threat, "q8", "p4"),
    ];

    [Fact]
    public void Counts_quotes_per_domain_by_hand()
    {
        var model = CogCalculator.Compute(_seedLike, []);

        Assert.Equal(EvidenceUnit.Quotes, model.Unit);
        Assert.Equal(["structural", "social", "personal"], model.Cogs.Select(c => c.DomainKey));

        var structural = model.Cogs[0];
        Assert.Equal(("STRUCTURAL", 1, 3), (structural.DomainName, structural.Supports, structural.Threats));
        Assert.Equal(-0.5, structural.Rotation, Tolerance);
        Assert.Equal(Rotation.Negative, structural.Direction);
        Assert.Equal(0.5, structural.Salience, Tolerance);

        var social = model.Cogs[1];
        Assert.Equal((1, 1), (social.Supports, social.Threats));
        Assert.Equal(0.0, social.Rotation);
        Assert.Equal(Rotation.Still, social.Direction);
        Assert.Equal(0.375, social.Salience, Tolerance);

        var personal = model.Cogs[2];
        Assert.Equal((1, 0), (personal.Supports, personal.Threats));
        Assert.Equal(1.0, personal.Rotation, Tolerance);
        Assert.Equal(Rotation.Positive, personal.Direction);
        Assert.Equal(0.125, personal.Salience, Tolerance);

        Assert.Equal("structural", model.HeaviestDomainKey);
        Assert.False(model.AllTurnSameWay);
    }

    [Fact]
    public void Theme_ids_are_distinct_and_include_themes_without_quotes()
    {
        var model = CogCalculator.Compute(_seedLike, []);

        Assert.Equal(["t1", "t2"], model.Cogs[0].ThemeIds);
        Assert.Equal(["t5", "t6"], model.Cogs[2].ThemeIds);
    }

    [Fact]
    public void Salience_sums_to_one()
    {
        var model = CogCalculator.Compute(_seedLike, []);

        Assert.Equal(1.0, model.Cogs.Sum(c => c.Salience), 1e-9);
    }

    [Fact]
    public void Falls_back_to_themes_when_no_row_has_a_quote()
    {
        CogEvidence[] themesOnly =
        [
            Theme("structural", "t1", Threat),
            Theme("structural", "t2", Threat),
            Theme("social", "t3", Support),
            Theme("social", "t3", Support),
            Theme("social", "t4", Mixed),
        ];

        var model = CogCalculator.Compute(themesOnly, []);

        Assert.Equal(EvidenceUnit.Themes, model.Unit);
        Assert.Equal((0, 2, 0.5), (model.Cogs[0].Supports, model.Cogs[0].Threats, model.Cogs[0].Salience));
        Assert.Equal((1, 0, 0.5), (model.Cogs[1].Supports, model.Cogs[1].Threats, model.Cogs[1].Salience));
        Assert.Equal(["t3", "t4"], model.Cogs[1].ThemeIds);
        Assert.Empty(model.Interactions);
    }

    [Fact]
    public void Themes_without_quotes_are_not_counted_once_any_quote_exists()
    {
        CogEvidence[] rows = [Theme("structural", "t1", Threat), Quote("social", "t2", Support, "q1", "p1")];

        var model = CogCalculator.Compute(rows, []);

        Assert.Equal(EvidenceUnit.Quotes, model.Unit);
        Assert.Equal((0, 0, 0.0), (model.Cogs[0].Supports, model.Cogs[0].Threats, model.Cogs[0].Salience));
        Assert.Equal(1.0, model.Cogs[1].Salience);
        Assert.True(model.AllTurnSameWay);
    }

    [Fact]
    public void Mixed_counts_toward_salience_but_neither_support_nor_threat()
    {
        CogEvidence[] rows =
        [
            Quote("social", "t1", Mixed, "q1", "p1"),
            Quote("social", "t1", Mixed, "q2", "p1"),
            Quote("personal", "t2", Support, "q3", "p1"),
            Quote("personal", "t2", Support, "q4", "p2", own: Mixed),
        ];

        var model = CogCalculator.Compute(rows, []);

        var social = model.Cogs[0];
        Assert.Equal((0, 0, 0.0, Rotation.Still), (social.Supports, social.Threats, social.Rotation, social.Direction));
        Assert.Equal(0.5, social.Salience, Tolerance);
        Assert.Equal((1, 0, 0.5), (model.Cogs[1].Supports, model.Cogs[1].Threats, model.Cogs[1].Salience));
        Assert.False(model.AllTurnSameWay);
    }

    [Fact]
    public void A_quote_with_its_own_polarity_overrides_its_theme()
    {
        CogEvidence[] rows =
        [
            Quote("structural", "t1", Threat, "q1", "p1", own: Support),
            Quote("structural", "t2", Support, "q2", "p1", own: Threat),
        ];

        var cog = CogCalculator.Compute(rows, []).Cogs.Single();

        Assert.Equal((1, 1), (cog.Supports, cog.Threats));
    }

    [Fact]
    public void A_quote_coded_to_two_themes_of_one_domain_counts_once_there_and_once_in_each_other_domain()
    {
        CogEvidence[] rows =
        [
            Quote("structural", "t1", Threat, "q1", "p1"),
            Quote("structural", "t2", Threat, "q1", "p1"),
            Quote("social", "t3", Support, "q1", "p1"),
        ];

        var model = CogCalculator.Compute(rows, []);

        Assert.Equal((0, 1), (model.Cogs[0].Supports, model.Cogs[0].Threats));
        Assert.Equal((1, 0), (model.Cogs[1].Supports, model.Cogs[1].Threats));
        Assert.Equal(0.5, model.Cogs[0].Salience, Tolerance);
    }

    [Fact]
    public void A_deduplicated_quote_takes_its_own_polarity_over_conflicting_themes()
    {
        CogEvidence[] rows =
        [
            Quote("structural", "t1", Threat, "q1", "p1", own: Support),
            Quote("structural", "t2", Support, "q1", "p1", own: Support),
        ];

        var cog = CogCalculator.Compute(rows, []).Cogs.Single();

        Assert.Equal((1, 0), (cog.Supports, cog.Threats));
    }

    [Fact]
    public void A_deduplicated_quote_without_own_polarity_is_mixed_when_its_themes_disagree()
    {
        CogEvidence[] rows =
        [
            Quote("structural", "t1", Threat, "q1", "p1"),
            Quote("structural", "t2", Support, "q1", "p1"),
        ];

        var cog = CogCalculator.Compute(rows, []).Cogs.Single();

        Assert.Equal((0, 0, 1.0), (cog.Supports, cog.Threats, cog.Salience));
    }

    [Fact]
    public void No_evidence_gives_no_cogs_and_no_heaviest()
    {
        var model = CogCalculator.Compute([], []);

        Assert.Empty(model.Cogs);
        Assert.Empty(model.Interactions);
        Assert.Equal(EvidenceUnit.Themes, model.Unit);
        Assert.False(model.AllTurnSameWay);
        Assert.Null(model.HeaviestDomainKey);
    }

    [Fact]
    public void All_turn_the_same_way_when_every_cog_with_evidence_turns_negative()
    {
        CogEvidence[] rows =
        [
            Quote("structural", "t1", Threat, "q1", "p1"),
            Quote("social", "t2", Threat, "q2", "p2"),
            Quote("social", "t3", Support, "q3", "p2"),
            Quote("social", "t2", Threat, "q4", "p2"),
        ];

        var model = CogCalculator.Compute(rows, []);

        Assert.True(model.AllTurnSameWay);
        Assert.All(model.Cogs, c => Assert.Equal(Rotation.Negative, c.Direction));
    }

    [Fact]
    public void Heaviest_tie_goes_to_the_domain_that_appears_first()
    {
        CogEvidence[] rows =
        [
            Quote("social", "t1", Support, "q1", "p1"),
            Quote("structural", "t2", Threat, "q2", "p1"),
        ];

        Assert.Equal("social", CogCalculator.Compute(rows, []).HeaviestDomainKey);
        Assert.Equal("structural", CogCalculator.Compute(rows.AsEnumerable().Reverse(), []).HeaviestDomainKey);
    }

    [Fact]
    public void Participant_profile_counts_only_that_participants_quotes()
    {
        var profile = CogCalculator.ComputeForParticipant(_seedLike, "p4");

        Assert.Equal(EvidenceUnit.Quotes, profile.Unit);
        Assert.Equal(
            [("structural", 0, 1), ("social", 0, 1)],
            profile.Cogs.Select(c => (c.DomainKey, c.Supports, c.Threats)));
        Assert.True(profile.AllTurnSameWay);
        Assert.Single(profile.Interactions, i => i.Kind == InteractionKind.Reinforcing);
    }
}

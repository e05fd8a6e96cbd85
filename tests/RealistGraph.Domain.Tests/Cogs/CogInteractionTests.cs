using RealistGraph.Domain.Cogs;
using RealistGraph.Domain.Model;
using static RealistGraph.Domain.Model.Polarity;
using static RealistGraph.Domain.Tests.Cogs.Evidence;

namespace RealistGraph.Domain.Tests.Cogs;

public sealed class CogInteractionTests
{
    [Fact]
    public void Participant_with_a_structural_threat_and_a_social_support_counters()
    {
        CogEvidence[] rows =
        [
            Quote("structural", "t1", Threat, "q1", "96-F"),
            Quote("social", "t2", Support, "q2", "96-F"),
        ];

        var interaction = Assert.Single(CogCalculator.Compute(rows, []).Interactions);

        Assert.Equal(("structural", "social", InteractionKind.Countering, InteractionSource.Observed), (interaction.FromDomainKey, interaction.ToDomainKey, interaction.Kind, interaction.Source));
        Assert.Null(interaction.Description);
        Assert.Equal(["96-F"], interaction.ParticipantIds);
        Assert.Equal(1, interaction.ParticipantCount);
    }

    [Fact]
    public void Same_sign_in_both_domains_reinforces_and_participants_are_sorted()
    {
        CogEvidence[] rows =
        [
            Quote("structural", "t1", Threat, "q1", "51-C"),
            Quote("social", "t2", Threat, "q2", "51-C"),
            Quote("structural", "t3", Support, "q3", "12-A"),
            Quote("social", "t4", Support, "q4", "12-A"),
            Quote("social", "t4", Support, "q5", "12-A"),
        ];

        var interaction = Assert.Single(CogCalculator.Compute(rows, []).Interactions);

        Assert.Equal(InteractionKind.Reinforcing, interaction.Kind);
        Assert.Equal(["12-A", "51-C"], interaction.ParticipantIds);
    }

    [Fact]
    public void Net_zero_in_a_domain_gives_no_interaction()
    {
        CogEvidence[] rows =
        [
            Quote("structural", "t1", Threat, "q1", "p1"),
            Quote("structural", "t2", Support, "q2", "p1"),
            Quote("social", "t3", Support, "q3", "p1"),
            Quote("personal", "t4", Mixed, "q4", "p1"),
        ];

        Assert.Empty(CogCalculator.Compute(rows, []).Interactions);
    }

    [Fact]
    public void Pairs_follow_cog_order_with_reinforcing_before_countering()
    {
        CogEvidence[] rows =
        [
            Quote("personal", "t1", Support, "q1", "p1"),
            Quote("social", "t2", Support, "q2", "p1"),
            Quote("structural", "t3", Threat, "q3", "p1"),
            Quote("personal", "t1", Support, "q4", "p2"),
            Quote("structural", "t3", Support, "q5", "p2"),
        ];

        var interactions = CogCalculator.Compute(rows, []).Interactions
            .Select(i => (i.FromDomainKey, i.ToDomainKey, i.Kind, string.Join(",", i.ParticipantIds)));

        Assert.Equal(
            [
                ("personal", "social", InteractionKind.Reinforcing, "p1"),
                ("personal", "structural", InteractionKind.Reinforcing, "p2"),
                ("personal", "structural", InteractionKind.Countering, "p1"),
                ("social", "structural", InteractionKind.Countering, "p1"),
            ],
            interactions);
    }

    [Fact]
    public void Quotes_without_a_participant_are_not_observed()
    {
        CogEvidence[] rows =
        [
            Quote("structural", "t1", Threat, "q1", null),
            Quote("social", "t2", Support, "q2", null),
        ];

        Assert.Empty(CogCalculator.Compute(rows, []).Interactions);
    }

    [Fact]
    public void Stated_interactions_pass_through_deduplicated_before_observed_ones()
    {
        CogEvidence[] rows =
        [
            Quote("structural", "t1", Threat, "q1", "p1"),
            Quote("social", "t2", Support, "q2", "p1"),
        ];
        StatedInteraction[] stated =
        [
            new("social", "structural", InteractionKind.Countering, "Peer support offsets workload", "seed"),
            new("social", "structural", InteractionKind.Countering, "Peer support offsets workload", "seed"),
            new("social", "structural", InteractionKind.Countering, "Peer support offsets workload", "other"),
            new("structural", "social", InteractionKind.Reinforcing, "Isolation deepens", "seed"),
        ];

        var interactions = CogCalculator.Compute(rows, stated).Interactions;

        Assert.Equal(
            [
                (InteractionSource.Stated, "social", "structural", InteractionKind.Countering, "Peer support offsets workload"),
                (InteractionSource.Stated, "structural", "social", InteractionKind.Reinforcing, "Isolation deepens"),
                (InteractionSource.Observed, "structural", "social", InteractionKind.Countering, null),
            ],
            interactions.Select(i => (i.Source, i.FromDomainKey, i.ToDomainKey, i.Kind, i.Description)));
        Assert.All(interactions.Where(i => i.Source == InteractionSource.Stated), i => Assert.Equal(0, i.ParticipantCount));
    }
}

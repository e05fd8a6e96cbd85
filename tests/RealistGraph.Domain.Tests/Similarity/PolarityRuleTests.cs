using RealistGraph.Domain.Model;
using RealistGraph.Domain.Similarity;

namespace RealistGraph.Domain.Tests.Similarity;

public sealed class PolarityRuleTests
{
    [Theory]
    [InlineData(Polarity.Support, Polarity.Threat, true)]
    [InlineData(Polarity.Threat, Polarity.Support, true)]
    [InlineData(Polarity.Support, Polarity.Support, false)]
    [InlineData(Polarity.Mixed, Polarity.Threat, false)]
    [InlineData(null, Polarity.Threat, false)]
    public void Only_a_support_and_a_threat_are_opposite(Polarity? a, Polarity? b, bool opposite) =>
        Assert.Equal(opposite, PolarityRule.Opposite(a, b));

    [Fact]
    public void A_configuration_pushes_as_its_outcome_and_its_mechanism_and_context_as_their_configurations_when_they_agree()
    {
        static FindingSource Finding(string id, FindingKind kind, Polarity? own = null, string? context = null, string? mechanism = null, string? outcome = null) =>
            new(id, "s", kind, id, "", [], own, context, mechanism, outcome);
        var findings = FindingSource.Resolve(
        [
            Finding("s/good", FindingKind.Outcome, Polarity.Support),
            Finding("s/bad", FindingKind.Outcome, Polarity.Threat),
            Finding("s/ctx", FindingKind.Context),
            Finding("s/shared-ctx", FindingKind.Context),
            Finding("s/mech", FindingKind.Mechanism),
            Finding("s/cmo1", FindingKind.CmoConfiguration, context: "s/ctx", mechanism: "s/mech", outcome: "s/good"),
            Finding("s/cmo2", FindingKind.CmoConfiguration, context: "s/shared-ctx", outcome: "s/good"),
            Finding("s/cmo3", FindingKind.CmoConfiguration, context: "s/shared-ctx", outcome: "s/bad"),
            Finding("s/fn", FindingKind.Function),
            Finding("s/theme", FindingKind.Theme, Polarity.Mixed),
        ]).ToDictionary(f => f.Id, f => f.Polarity);

        Assert.Equal(Polarity.Support, findings["s/cmo1"]);
        Assert.Equal(Polarity.Threat, findings["s/cmo3"]);
        Assert.Equal(Polarity.Support, findings["s/mech"]);
        Assert.Equal(Polarity.Support, findings["s/ctx"]);
        Assert.Null(findings["s/shared-ctx"]);
        Assert.Null(findings["s/fn"]);
        Assert.Null(findings["s/theme"]);
    }
}

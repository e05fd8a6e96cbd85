using RealistGraph.Domain.Links;
using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Tests.Links;

public sealed class FindingClustersTests
{
    private static readonly ClusterFinding[] Findings =
    [
        new("a/x", "a", null), new("a/y", "a", null), new("b/x", "b", null), new("b/z", "b", null), new("c/x", "c", null),
    ];

    private static FindingLink Link(string from, string to, LinkRelation relation, int minute = 0) =>
        new($"{from}->{to}", from, to, relation, "why", "tester", DateTimeOffset.UnixEpoch.AddMinutes(minute));

    [Fact]
    public void Linked_findings_of_three_studies_form_one_cluster_reported_by_three_studies_with_its_links()
    {
        var links = new[] { Link("b/x", "a/x", LinkRelation.Corroborates), Link("c/x", "b/x", LinkRelation.SimilarTo) };
        var clusters = FindingClusters.Find(Findings, links);

        var first = clusters[0];
        Assert.Equal(["a/x", "b/x", "c/x"], first.FindingIds);
        Assert.Equal(["a", "b", "c"], first.StudyIds);
        Assert.Equal(links, first.Links);
        Assert.Equal(2, clusters.Count(c => c.StudyIds.Count == 1));
    }

    [Theory]
    [InlineData(LinkRelation.Contradicts)]
    [InlineData(LinkRelation.Refines)]
    [InlineData(LinkRelation.Extends)]
    [InlineData(LinkRelation.Addresses)]
    public void Only_same_finding_relations_join(LinkRelation relation)
    {
        Assert.Empty(FindingClusters.Recurring(Findings, [Link("b/z", "a/y", relation)], minStudies: 2));
    }

    [Fact]
    public void Recurring_keeps_only_clusters_with_enough_studies()
    {
        var links = new[] { Link("b/x", "a/x", LinkRelation.SimilarTo), Link("b/z", "a/y", LinkRelation.Corroborates), Link("c/x", "a/x", LinkRelation.Corroborates) };

        Assert.Single(FindingClusters.Recurring(Findings, links, minStudies: 3));
        Assert.Equal(2, FindingClusters.Recurring(Findings, links, minStudies: 2).Count);
    }

    [Fact]
    public void Links_to_findings_outside_the_set_are_ignored()
    {
        var clusters = FindingClusters.Find(Findings, [Link("a/x", "elsewhere/q", LinkRelation.Corroborates)]);

        Assert.Equal(5, clusters.Count);
    }

    [Fact]
    public void A_support_and_a_threat_never_share_a_group_even_through_a_finding_without_polarity()
    {
        ClusterFinding[] findings = [new("a/support", "a", Polarity.Support), new("b/neutral", "b", null), new("c/threat", "c", Polarity.Threat)];
        var bridge = Link("c/threat", "b/neutral", LinkRelation.SimilarTo, minute: 2);
        var clusters = FindingClusters.Find(findings, [Link("b/neutral", "a/support", LinkRelation.Corroborates, minute: 1), bridge]);

        Assert.All(clusters, c => Assert.False(c.Polarities.Contains(Polarity.Support) && c.Polarities.Contains(Polarity.Threat)));
        var supportGroup = Assert.Single(clusters, c => c.FindingIds.Contains("a/support"));
        Assert.Equal(["a/support", "b/neutral"], supportGroup.FindingIds);
        Assert.Equal([Polarity.Support], supportGroup.Polarities);
        Assert.Equal([bridge], supportGroup.UnfollowedLinks);
        Assert.Equal([bridge], Assert.Single(clusters, c => c.FindingIds.Contains("c/threat")).UnfollowedLinks);
    }

    [Fact]
    public void A_mixed_finding_joins_a_support_but_does_not_bridge_it_to_a_threat()
    {
        ClusterFinding[] findings = [new("a/s", "a", Polarity.Support), new("b/m", "b", Polarity.Mixed), new("c/t", "c", Polarity.Threat)];
        var clusters = FindingClusters.Find(findings, [Link("b/m", "a/s", LinkRelation.Corroborates, 1), Link("c/t", "b/m", LinkRelation.Corroborates, 2)]);

        Assert.Equal([Polarity.Support, Polarity.Mixed], clusters[0].Polarities);
        Assert.Equal(["a/s", "b/m"], clusters[0].FindingIds);
    }

    [Theory]
    [InlineData(null, OutcomeValence.Positive, Polarity.Support)]
    [InlineData(null, OutcomeValence.Negative, Polarity.Threat)]
    [InlineData(null, OutcomeValence.Mixed, Polarity.Mixed)]
    [InlineData(Polarity.Threat, null, Polarity.Threat)]
    [InlineData(null, null, null)]
    public void Polarity_comes_from_a_themes_polarity_or_an_outcomes_valence(Polarity? polarity, OutcomeValence? valence, Polarity? expected)
    {
        Assert.Equal(expected, FindingClusters.PolarityOf(polarity, valence));
    }
}

using RealistGraph.Domain.Links;
using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Tests.Links;

public sealed class FindingClustersTests
{
    private static readonly (string, string)[] Findings =
    [
        ("a/x", "a"), ("a/y", "a"), ("b/x", "b"), ("b/z", "b"), ("c/x", "c"),
    ];

    private static FindingLink Link(string from, string to, LinkRelation relation) =>
        new($"{from}->{to}", from, to, relation, "why", "tester", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Linked_findings_of_three_studies_form_one_cluster_reported_by_three_studies()
    {
        var clusters = FindingClusters.Find(Findings, [Link("b/x", "a/x", LinkRelation.Corroborates), Link("c/x", "b/x", LinkRelation.SimilarTo)]);

        var first = clusters[0];
        Assert.Equal(["a/x", "b/x", "c/x"], first.FindingIds);
        Assert.Equal(["a", "b", "c"], first.StudyIds);
        Assert.Equal(2, clusters.Count(c => c.StudyIds.Count == 1));
    }

    [Fact]
    public void A_contradiction_does_not_make_two_findings_the_same()
    {
        var clusters = FindingClusters.Recurring(Findings, [Link("b/z", "a/y", LinkRelation.Contradicts)], minStudies: 2);

        Assert.Empty(clusters);
    }

    [Fact]
    public void Recurring_keeps_only_clusters_with_enough_studies()
    {
        var links = new[] { Link("b/x", "a/x", LinkRelation.Refines), Link("b/z", "a/y", LinkRelation.Corroborates), Link("c/x", "a/x", LinkRelation.Corroborates) };

        Assert.Single(FindingClusters.Recurring(Findings, links, minStudies: 3));
        Assert.Equal(2, FindingClusters.Recurring(Findings, links, minStudies: 2).Count);
    }

    [Fact]
    public void Links_to_findings_outside_the_set_are_ignored()
    {
        var clusters = FindingClusters.Find(Findings, [Link("a/x", "elsewhere/q", LinkRelation.Corroborates)]);

        Assert.Equal(5, clusters.Count);
    }
}

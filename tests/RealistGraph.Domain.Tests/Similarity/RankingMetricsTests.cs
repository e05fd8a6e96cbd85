using RealistGraph.Domain.Similarity;

namespace RealistGraph.Domain.Tests.Similarity;

public sealed class RankingMetricsTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Ranked = new()
    {
        ["a"] = ["x", "t1", "y", "z", "t2"],
        ["b"] = ["t3", "y"],
        ["c"] = ["y"],
    };

    private static readonly (string, string)[] Truth = [("a", "t1"), ("a", "t2"), ("b", "t3"), ("c", "t4")];

    [Fact]
    public void Precision_at_k_counts_true_candidates_among_the_first_k_averaged_over_findings_with_a_truth() =>
        Assert.Equal(((1.0 / 3) + (1.0 / 3) + 0) / 3, RankingMetrics.PrecisionAt(3, Ranked, Truth), 9);

    [Fact]
    public void Recall_at_k_is_the_share_of_each_findings_true_counterparts_in_its_first_k() =>
        Assert.Equal((1.0 + 1.0 + 0) / 3, RankingMetrics.RecallAt(5, Ranked, Truth), 9);

    [Fact]
    public void The_rank_is_one_based_and_null_when_not_ranked()
    {
        Assert.Equal(2, RankingMetrics.RankOf(Ranked, "a", "t1"));
        Assert.Null(RankingMetrics.RankOf(Ranked, "c", "t4"));
        Assert.Null(RankingMetrics.RankOf(Ranked, "d", "t4"));
    }
}

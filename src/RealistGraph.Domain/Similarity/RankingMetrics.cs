namespace RealistGraph.Domain.Similarity;

/// <summary>
/// Precision at k and recall at k of ranked candidates against a labelled set of true pairs, both averaged over the
/// findings that have at least one true counterpart (macro average): precision@k counts the true candidates among the
/// first k of a finding (divided by k), recall@k the share of a finding's true counterparts found among its first k.
/// </summary>
public static class RankingMetrics
{
    public static double PrecisionAt(int k, IReadOnlyDictionary<string, IReadOnlyList<string>> ranked, IReadOnlyCollection<(string FindingId, string CandidateId)> truth) =>
        Average(k, ranked, truth, (hits, _, k) => (double)hits / k);

    public static double RecallAt(int k, IReadOnlyDictionary<string, IReadOnlyList<string>> ranked, IReadOnlyCollection<(string FindingId, string CandidateId)> truth) =>
        Average(k, ranked, truth, (hits, relevant, _) => (double)hits / relevant);

    /// <summary>The 1-based rank of <paramref name="candidateId"/> among the finding's candidates; null when it is not ranked.</summary>
    public static int? RankOf(IReadOnlyDictionary<string, IReadOnlyList<string>> ranked, string findingId, string candidateId) =>
        ranked.TryGetValue(findingId, out var list) && list.ToList().IndexOf(candidateId) is var i and >= 0 ? i + 1 : null;

    private static double Average(
        int k, IReadOnlyDictionary<string, IReadOnlyList<string>> ranked, IReadOnlyCollection<(string FindingId, string CandidateId)> truth,
        Func<int, int, int, double> measure)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var byFinding = truth.GroupBy(t => t.FindingId, StringComparer.Ordinal).ToList();
        if (byFinding.Count == 0)
        {
            return 0;
        }

        return byFinding.Average(g =>
        {
            var relevant = g.Select(t => t.CandidateId).ToHashSet(StringComparer.Ordinal);
            var top = ranked.TryGetValue(g.Key, out var list) ? list.Take(k) : [];
            return measure(top.Count(relevant.Contains), relevant.Count, k);
        });
    }
}

using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Links;

/// <summary>A group of findings that links say are the same finding, and the studies that report it.</summary>
public sealed record FindingCluster(IReadOnlyList<string> FindingIds, IReadOnlyList<string> StudyIds);

/// <summary>
/// Groups findings into clusters of "the same finding reported by several studies": findings joined by links
/// that assert sameness (corroborates, refines, similar to). A contradiction says the opposite, so it never joins.
/// </summary>
public static class FindingClusters
{
    public static IReadOnlyList<FindingCluster> Find(
        IEnumerable<(string FindingId, string StudyId)> findings, IEnumerable<FindingLink> links)
    {
        var studyOf = findings.ToDictionary(f => f.FindingId, f => f.StudyId, StringComparer.Ordinal);
        var parent = studyOf.Keys.ToDictionary(id => id, id => id, StringComparer.Ordinal);

        string Root(string id)
        {
            while (parent[id] != id)
            {
                parent[id] = parent[parent[id]];
                id = parent[id];
            }

            return id;
        }

        foreach (var link in links.Where(l => l.Relation != LinkRelation.Contradicts))
        {
            if (parent.ContainsKey(link.FromId) && parent.ContainsKey(link.ToId))
            {
                var (a, b) = (Root(link.FromId), Root(link.ToId));
                if (a != b)
                {
                    // The smaller id becomes the root, so that clusters come out the same on every run.
                    (a, b) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
                    parent[b] = a;
                }
            }
        }

        return studyOf.Keys
            .GroupBy(Root, StringComparer.Ordinal)
            .Select(g =>
            {
                var ids = g.Order(StringComparer.Ordinal).ToList();
                return new FindingCluster(ids, ids.Select(id => studyOf[id]).Distinct().Order(StringComparer.Ordinal).ToList());
            })
            .OrderByDescending(c => c.StudyIds.Count)
            .ThenBy(c => c.FindingIds[0], StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The clusters reported by at least <paramref name="minStudies"/> studies.</summary>
    public static IReadOnlyList<FindingCluster> Recurring(
        IEnumerable<(string FindingId, string StudyId)> findings, IEnumerable<FindingLink> links, int minStudies) =>
        Find(findings, links).Where(c => c.StudyIds.Count >= minStudies).ToList();
}

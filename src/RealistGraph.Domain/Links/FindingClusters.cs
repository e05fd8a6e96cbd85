using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Links;

/// <summary>A finding as recurrence sees it: its study and its polarity (null when its kind has none).</summary>
public sealed record ClusterFinding(string FindingId, string StudyId, Polarity? Polarity);

/// <summary>
/// A group of findings that links say are the same finding, the studies that report it, the polarities of its
/// members (never both SUPPORT and THREAT), the links that formed it, and the same-finding links touching it that
/// were not followed because they would have joined a support with a threat.
/// </summary>
public sealed record FindingCluster(
    IReadOnlyList<string> FindingIds,
    IReadOnlyList<string> StudyIds,
    IReadOnlyList<Polarity> Polarities,
    IReadOnlyList<FindingLink> Links,
    IReadOnlyList<FindingLink> UnfollowedLinks);

/// <summary>
/// Groups findings into clusters of "the same finding reported by several studies".
/// <list type="bullet">
/// <item>Only relations that mean sameness join: CORROBORATES and SIMILAR_TO. REFINES, EXTENDS, ADDRESSES and
/// CONTRADICTS relate different findings, so they never join.</item>
/// <item>Polarity: a theme's own (SUPPORT, THREAT, MIXED); an outcome's valence (POSITIVE as SUPPORT, NEGATIVE as
/// THREAT, MIXED); a CMO configuration's, that of its outcome; mechanisms, contexts, interventions, functions and
/// activities have none. A group never holds both a SUPPORT and a THREAT, not even through a finding without
/// polarity or a MIXED one: the link that would join them is not followed and is listed as unfollowed.</item>
/// <item>Links are followed oldest first (then by id), so which link of a chain is unfollowed is the same on every run.</item>
/// </list>
/// </summary>
public static class FindingClusters
{
    public static IReadOnlyList<FindingCluster> Find(IEnumerable<ClusterFinding> findings, IEnumerable<FindingLink> links)
    {
        var byId = findings.ToDictionary(f => f.FindingId, StringComparer.Ordinal);
        var parent = byId.Keys.ToDictionary(id => id, id => id, StringComparer.Ordinal);
        var polarities = byId.Values.ToDictionary(
            f => f.FindingId, f => f.Polarity is { } p ? new HashSet<Polarity> { p } : [], StringComparer.Ordinal);

        string Root(string id)
        {
            while (parent[id] != id)
            {
                parent[id] = parent[parent[id]];
                id = parent[id];
            }

            return id;
        }

        var followed = new List<FindingLink>();
        var unfollowed = new List<FindingLink>();
        var sameness = links
            .Where(l => LinkRelations.MeansSameFinding(l.Relation) && parent.ContainsKey(l.FromId) && parent.ContainsKey(l.ToId))
            .OrderBy(l => l.CreatedAt)
            .ThenBy(l => l.Id, StringComparer.Ordinal);
        foreach (var link in sameness)
        {
            var (a, b) = (Root(link.FromId), Root(link.ToId));
            if (a == b)
            {
                followed.Add(link);
                continue;
            }

            var joined = new HashSet<Polarity>(polarities[a]);
            joined.UnionWith(polarities[b]);
            if (joined.Contains(Polarity.Support) && joined.Contains(Polarity.Threat))
            {
                unfollowed.Add(link);
                continue;
            }

            // The smaller id becomes the root, so that clusters come out the same on every run.
            (a, b) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            parent[b] = a;
            polarities[a] = joined;
            followed.Add(link);
        }

        return byId.Keys
            .GroupBy(Root, StringComparer.Ordinal)
            .Select(g =>
            {
                var ids = g.Order(StringComparer.Ordinal).ToList();
                var members = ids.ToHashSet(StringComparer.Ordinal);
                return new FindingCluster(
                    ids,
                    ids.Select(id => byId[id].StudyId).Distinct().Order(StringComparer.Ordinal).ToList(),
                    polarities[g.Key].Order().ToList(),
                    followed.Where(l => members.Contains(l.FromId)).ToList(),
                    unfollowed.Where(l => members.Contains(l.FromId) || members.Contains(l.ToId)).ToList());
            })
            .OrderByDescending(c => c.StudyIds.Count)
            .ThenBy(c => c.FindingIds[0], StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The clusters reported by at least <paramref name="minStudies"/> studies.</summary>
    public static IReadOnlyList<FindingCluster> Recurring(IEnumerable<ClusterFinding> findings, IEnumerable<FindingLink> links, int minStudies) =>
        Find(findings, links).Where(c => c.StudyIds.Count >= minStudies).ToList();

    /// <summary>A finding's polarity from what its kind carries: a theme's polarity, else an outcome's valence (a CMO configuration's through its outcome).</summary>
    public static Polarity? PolarityOf(Polarity? themePolarity, OutcomeValence? valence) =>
        themePolarity ?? valence switch
        {
            OutcomeValence.Positive => Polarity.Support,
            OutcomeValence.Negative => Polarity.Threat,
            OutcomeValence.Mixed => Polarity.Mixed,
            _ => null,
        };
}

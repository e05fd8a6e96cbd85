using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Similarity;

/// <summary>
/// A finding as read for suggestions, before its polarity is resolved: its own polarity where it has one (a theme's
/// polarity, an outcome's valence as a polarity) and, for a CMO configuration, the ids of its parts.
/// </summary>
public sealed record FindingSource(
    string Id, string StudyId, FindingKind Kind, string Name, string Summary, IReadOnlyList<string> Quotes, Polarity? OwnPolarity,
    string? ContextId = null, string? MechanismId = null, string? OutcomeId = null)
{
    /// <summary>Every finding with the polarity <see cref="PolarityRule"/> gives it, in the order given.</summary>
    public static IReadOnlyList<FindingText> Resolve(IReadOnlyList<FindingSource> sources)
    {
        var own = sources.ToDictionary(s => s.Id, s => s.OwnPolarity, StringComparer.Ordinal);
        var cmos = sources.Where(s => s.Kind == FindingKind.CmoConfiguration)
            .Select(s => (Cmo: s, Polarity: s.OutcomeId is { } o ? own.GetValueOrDefault(o) : null))
            .ToList();
        return sources.Select(s => new FindingText(s.Id, s.StudyId, s.Kind, s.Name, s.Summary, s.Quotes, s.Kind switch
        {
            FindingKind.CmoConfiguration => cmos.First(c => c.Cmo == s).Polarity,
            FindingKind.Mechanism => PartOf(cmos.Where(c => c.Cmo.MechanismId == s.Id)),
            FindingKind.Context => PartOf(cmos.Where(c => c.Cmo.ContextId == s.Id)),
            FindingKind.Theme or FindingKind.Outcome => s.OwnPolarity is Polarity.Mixed ? null : s.OwnPolarity,
            _ => null,
        })).ToList();
    }

    private static Polarity? PartOf(IEnumerable<(FindingSource Cmo, Polarity? Polarity)> configurations)
    {
        var list = configurations.ToList();
        return list.Count == 0 || list.Any(c => c.Polarity is null) ? null : PolarityRule.Agreed(list.Select(c => c.Polarity));
    }
}

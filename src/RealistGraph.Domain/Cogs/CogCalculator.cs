namespace RealistGraph.Domain.Cogs;

/// <summary>
/// The cogs arithmetic (Kehoe et al. 2016, as applied by the seed study): how big each domain's cog is,
/// which way and how hard it turns, and how the cogs mesh.
/// </summary>
/// <remarks>
/// Rules where the issue left a choice:
/// <list type="bullet">
/// <item>Cogs are in order of each domain key's first appearance in the evidence; theme ids likewise.</item>
/// <item>A quote coded to several themes of one domain counts once there, with its own polarity if any row gives one;
/// otherwise with its themes' polarity when they agree, and as Mixed when they disagree. Rows that give
/// disagreeing own polarities for one quote also make it Mixed.</item>
/// <item>In the themes fallback a theme listed twice in a domain with disagreeing polarities counts as Mixed.</item>
/// <item>A cog "with evidence" is one with at least one unit (Mixed included); <see cref="CogModel.AllTurnSameWay"/>
/// is false when no cog has evidence.</item>
/// <item>The heaviest cog is the one with the most units; ties go to the earliest cog; null when there is no evidence.</item>
/// <item>Stated interactions come first, in input order, deduplicated on (from, to, kind, description); observed ones follow,
/// per pair of cogs in cog order (From is the earlier cog), reinforcing before countering.</item>
/// <item>Observed interactions need quotes with participants, so the themes fallback observes none.</item>
/// </list>
/// Pooling studies whose evidence is at different grain:
/// <list type="bullet">
/// <item>Every study in scope contributes, each at its own grain: its quotes when it has any quote in scope,
/// otherwise its themes (one unit per theme, with the theme's polarity). A study's grain never depends on
/// the other studies in scope, so adding a study never changes what another one counts.</item>
/// <item>Units are added as they are, not weighted: a theme of a themes-only study counts as much as one quote.
/// No quote count is invented for a study that reports none; the model's unit is then MIXED, and
/// <see cref="CogModel.Notes"/> says which study counted what.</item>
/// <item>Each cog lists its <see cref="Cog.Contributions"/>: per study, the grain and the supports, threats and mixed
/// units it added, in order of the study's first appearance. The cog's counts are their sums.</item>
/// <item>Notes are written when the grains are mixed, when a study counted by quotes has themes without quotes
/// (listed under the cog, not counted), when units of mixed polarity add to salience only, and when a study
/// counted by themes can show no observed interactions.</item>
/// </list>
/// </remarks>
public static class CogCalculator
{
    /// <summary>The model from evidence rows (one per quote and theme, or per theme without quotes).</summary>
    public static CogModel Compute(IEnumerable<CogEvidence> evidence, IEnumerable<StatedInteraction> stated)
    {
        var (themes, tallies) = EvidenceCounter.FromRows(evidence.ToList());
        return Compute(themes, tallies, stated);
    }

    /// <summary>
    /// The model from the themes in scope (in evidence order) and the quotes already counted per study, domain key
    /// and participant (<see cref="CogTally"/>): what the graph returns when it counts in Cypher. The same as
    /// <see cref="Compute(IEnumerable{CogEvidence}, IEnumerable{StatedInteraction})"/> over the rows they stand for.
    /// </summary>
    public static CogModel Compute(IReadOnlyList<CogTheme> themes, IReadOnlyList<CogTally> quoteTallies, IEnumerable<StatedInteraction> stated)
    {
        var counted = EvidenceCounter.Count(themes, quoteTallies);
        var talliesByDomain = counted.Tallies.ToLookup(t => t.DomainKey, StringComparer.Ordinal);
        var total = counted.Tallies.Sum(t => t.Units);
        var grains = counted.Studies.ToDictionary(s => s.StudyId, s => s.Grain, StringComparer.Ordinal);

        var cogs = themes
            .GroupBy(t => t.DomainKey, StringComparer.Ordinal)
            .Select(d => BuildCog(d.ToList(), talliesByDomain[d.Key].ToList(), total, grains))
            .ToList();

        var interactions = Stated(stated)
            .Concat(ObservedInteractions.Find(cogs.ConvertAll(c => c.DomainKey), counted.Tallies))
            .ToList();

        return new CogModel(
            cogs, interactions, counted.Unit, AllTurnSameWay(cogs), Heaviest(cogs, talliesByDomain), counted.Studies, CogNotes.Write(counted, cogs));
    }

    /// <summary>
    /// One participant's supports and threats per domain: the model computed over that participant's quotes only
    /// (so the unit is quotes, and salience is the share of that participant's quotes).
    /// </summary>
    public static CogModel ComputeForParticipant(IEnumerable<CogEvidence> evidence, string participantId) =>
        Compute(
            evidence.Where(r => EvidenceCounter.HasQuote(r) && string.Equals(r.ParticipantId, participantId, StringComparison.Ordinal)),
            []);

    private static Cog BuildCog(List<CogTheme> themes, List<CogTally> tallies, int total, Dictionary<string, EvidenceUnit> grains)
    {
        var supports = tallies.Sum(t => t.Supports);
        var threats = tallies.Sum(t => t.Threats);
        var units = tallies.Sum(t => t.Units);
        var rotation = supports + threats == 0 ? 0.0 : (double)(supports - threats) / (supports + threats);
        var direction = (supports - threats) switch
        {
            > 0 => Rotation.Positive,
            < 0 => Rotation.Negative,
            _ => Rotation.Still,
        };
        var name = themes.Select(t => t.DomainName).FirstOrDefault(n => !string.IsNullOrEmpty(n)) ?? themes[0].DomainKey;
        var themeIds = themes.Select(t => t.ThemeId).Distinct(StringComparer.Ordinal).ToList();
        var salience = total == 0 ? 0.0 : (double)units / total;
        return new Cog(themes[0].DomainKey, name, supports, threats, salience, rotation, direction, themeIds, Contributions(themes, tallies, grains));
    }

    private static List<CogContribution> Contributions(List<CogTheme> themes, List<CogTally> tallies, Dictionary<string, EvidenceUnit> grains) =>
        themes.Select(t => t.StudyKey)
            .Distinct(StringComparer.Ordinal)
            .Select(study =>
            {
                var own = tallies.Where(t => t.StudyKey == study).ToList();
                return new CogContribution(study, grains[study], own.Sum(t => t.Supports), own.Sum(t => t.Threats), own.Sum(t => t.Mixed));
            })
            .ToList();

    private static bool AllTurnSameWay(List<Cog> cogs)
    {
        var directions = cogs.Where(c => c.Salience > 0).Select(c => c.Direction).Distinct().ToList();
        return directions.Count == 1 && directions[0] != Rotation.Still;
    }

    private static string? Heaviest(List<Cog> cogs, ILookup<string, CogTally> talliesByDomain)
    {
        string? heaviest = null;
        var most = 0;
        foreach (var cog in cogs)
        {
            var units = talliesByDomain[cog.DomainKey].Sum(t => t.Units);
            if (units > most)
            {
                (heaviest, most) = (cog.DomainKey, units);
            }
        }

        return heaviest;
    }

    private static IEnumerable<CogInteraction> Stated(IEnumerable<StatedInteraction> stated) =>
        stated
            .DistinctBy(s => (s.FromDomainKey, s.ToDomainKey, s.Kind, s.Description))
            .Select(s => new CogInteraction(s.FromDomainKey, s.ToDomainKey, s.Kind, InteractionSource.Stated, s.Description, []));
}

using System.Globalization;

namespace RealistGraph.Domain.Cogs;

/// <summary>Plain-language notes on how a model was counted: mixed grains, uncounted themes, mixed units.</summary>
internal static class CogNotes
{
    public static IReadOnlyList<string> Write(CountedEvidence counted, IReadOnlyList<Cog> cogs)
    {
        var notes = new List<string>();
        var byQuotes = counted.Studies.Where(s => s.Grain == EvidenceUnit.Quotes).ToList();
        var byThemes = counted.Studies.Where(s => s.Grain == EvidenceUnit.Themes).ToList();

        if (counted.Unit == EvidenceUnit.Mixed)
        {
            var quoted = List(byQuotes.Select(s => $"{Name(s)} counts {Plural(s.Units, "quote")}"));
            var themed = List(byThemes.Select(s => $"{Name(s)} has no quotes in scope and counts {Plural(s.Units, "theme")}"));
            notes.Add($"Mixed grain: {quoted}; {themed}. Each theme counts as one unit, like one quote; no weight is applied.");
        }

        foreach (var study in byQuotes.Where(s => s.UncountedThemeIds.Count > 0))
        {
            var themes = string.Join(", ", study.UncountedThemeIds);
            var verb = study.UncountedThemeIds.Count == 1 ? "is" : "are";
            notes.Add($"Skipped: {Name(study)} counts quotes, so its {Plural(study.UncountedThemeIds.Count, "theme")} without quotes ({themes}) {verb} listed under its cog but not counted.");
        }

        foreach (var cog in cogs.Where(c => c.Contributions.Any(x => x.Mixed > 0)))
        {
            var mixed = cog.Contributions.Sum(x => x.Mixed);
            notes.Add($"Mixed polarity: {Plural(mixed, "unit")} in {cog.DomainName} {(mixed == 1 ? "adds" : "add")} to its salience but to neither supports nor threats.");
        }

        if (byThemes.Count > 0)
        {
            notes.Add($"No participants: {List(byThemes.Select(Name))} counted by themes, so observed interactions come from quoted studies only.");
        }

        return notes;
    }

    private static string Name(StudyGrain study) => study.StudyId.Length == 0 ? "the study" : study.StudyId;

    private static string Plural(int count, string noun) =>
        count == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{count} {noun}s");

    private static string List(IEnumerable<string> parts) => string.Join("; ", parts);
}

using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// An import report a person can read: one summary line per kind of thing imported, then the issues with the same
/// element and reason grouped into one line with their count and three examples.
/// </summary>
public static class ImportReportText
{
    private const int Examples = 3;

    /// <summary>"imported: 3 domains, 40 themes, ..." for the kinds the document holds.</summary>
    public static string Summary(StudyDocument document)
    {
        var counts = new (int Count, string One, string Many)[]
        {
            (document.Domains.Count, "domain", "domains"),
            (document.Themes.Count, "theme", "themes"),
            (document.Contexts.Count, "context", "contexts"),
            (document.Mechanisms.Count, "mechanism", "mechanisms"),
            (document.Outcomes.Count, "outcome", "outcomes"),
            (document.Participants.Count, "participant", "participants"),
            (document.Quotes.Count, "quote", "quotes"),
            (document.Interventions.Count, "intervention", "interventions"),
            (document.Interventions.Sum(i => i.Functions.Count), "function", "functions"),
            (document.Interventions.Sum(i => i.Activities.Count), "activity", "activities"),
            (document.CmoConfigurations.Count, "CMO configuration", "CMO configurations"),
            (document.Interactions.Count, "domain interaction", "domain interactions"),
            (document.Links.Count, "link", "links"),
        };
        var parts = counts.Where(c => c.Count > 0).Select(c => $"{c.Count} {(c.Count == 1 ? c.One : c.Many)}").ToList();
        return "imported: " + (parts.Count == 0 ? "nothing" : string.Join(", ", parts));
    }

    /// <summary>The summary line, then a line per kind of issue (skipped first, then warnings, then notes).</summary>
    public static IReadOnlyList<string> Lines(StudyDocument document, ImportReport report)
    {
        var lines = new List<string> { Summary(document) };
        var totals = Enum.GetValues<ImportIssueSeverity>()
            .Select(s => (Severity: s, Count: report.Issues.Count(i => i.Severity == s)))
            .Where(t => t.Count > 0)
            .Select(t => $"{t.Count} {Name(t.Severity)}");
        if (report.Issues.Count > 0)
        {
            lines.Add("report: " + string.Join(", ", totals));
        }

        lines.AddRange(Grouped(report.Issues));
        return lines;
    }

    /// <summary>Issues of the same severity, element and reason as one line: the count, the reason and up to three references.</summary>
    public static IEnumerable<string> Grouped(IEnumerable<ImportIssue> issues) =>
        issues
            .GroupBy(i => (i.Severity, i.Element, i.Reason))
            .OrderBy(g => g.Key.Severity switch { ImportIssueSeverity.Skipped => 0, ImportIssueSeverity.Warning => 1, _ => 2 })
            .Select(g => g.Count() == 1
                ? g.First().ToString()
                : $"{g.Key.Severity.ToString().ToLowerInvariant()}: {g.Count()} × {g.Key.Element}: {g.Key.Reason} (e.g. {Sample(g)})");

    private static string Sample(IEnumerable<ImportIssue> group)
    {
        var references = group.Select(i => i.Reference).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return string.Join(", ", references.Take(Examples).Select(r => $"'{r}'")) + (references.Count > Examples ? ", ..." : "");
    }

    private static string Name(ImportIssueSeverity severity) => severity switch
    {
        ImportIssueSeverity.Skipped => "skipped",
        ImportIssueSeverity.Warning => "warning(s)",
        _ => "note(s)",
    };
}

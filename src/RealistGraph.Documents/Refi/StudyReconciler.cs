using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// Puts a study stored in an exported archive together with what the archive's project now says. What a QDA tool
/// can change (the codes, the cases, the sources and their codings) wins; what REFI-QDA has no element for
/// (interventions, functions, activities, CMO configurations, domain interactions, links, study details, mechanism
/// resource and reasoning, theme codes, quote polarity and location) is taken from the stored study. Every
/// difference and every stored reference that no longer has a target is reported.
/// </summary>
internal static class StudyReconciler
{
    private const string Element = "Conflict";

    /// <summary>The stored study as it was; a mapping may still rename the study.</summary>
    public static StudyDocument Restore(StudyDocument stored, RefiMapping mapping)
    {
        stored.Id = mapping.StudyId ?? stored.Id;
        stored.Title = mapping.StudyTitle ?? stored.Title;
        return stored;
    }

    /// <summary>The mapping that reads the project with the stored study's ids and roles, unless the user gave one.</summary>
    public static RefiMapping MappingFor(StudyDocument stored, RefiMapping given) =>
        given.SetsNothing() ? RefiMapping.ForExport(stored) : given;

    public static StudyDocument Merge(StudyDocument stored, StudyDocument tool, ImportReport report)
    {
        var merged = tool;
        merged.Authors = stored.Authors;
        merged.Year = stored.Year;
        merged.Doi = stored.Doi;
        merged.Journal = stored.Journal;
        merged.Design = stored.Design;
        merged.SampleSize = stored.SampleSize;
        merged.Setting = stored.Setting;
        merged.Summary ??= stored.Summary;

        Compare("domain", stored.Domains, tool.Domains, d => d.Id, d => d.Name, report);
        Compare("theme", stored.Themes, tool.Themes, t => t.Id, t => $"{t.Name} ({t.Polarity}, in {t.Domain})", report);
        Compare("context", stored.Contexts, tool.Contexts, c => c.Id, c => c.Description, report);
        Compare("mechanism", stored.Mechanisms, tool.Mechanisms, m => m.Id, m => m.Name, report);
        Compare("outcome", stored.Outcomes, tool.Outcomes, o => o.Id, o => $"{o.Description} ({o.Valence})", report);
        Compare("participant", stored.Participants, tool.Participants, p => p.Id, p => p.Label, report);

        var storedThemes = stored.Themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var theme in merged.Themes)
        {
            theme.Code ??= storedThemes.GetValueOrDefault(theme.Id)?.Code;
        }

        var storedMechanisms = stored.Mechanisms.ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var mechanism in merged.Mechanisms)
        {
            if (storedMechanisms.TryGetValue(mechanism.Id, out var was))
            {
                (mechanism.Resource, mechanism.Reasoning) = (was.Resource, was.Reasoning);
            }
        }

        var ids = AllIds(merged);
        merged.Interventions = stored.Interventions;
        foreach (var intervention in merged.Interventions)
        {
            ids.UnionWith(intervention.Functions.Select(f => f.Id));
            ids.UnionWith(intervention.Activities.Select(a => a.Id));
        }

        merged.CmoConfigurations = stored.CmoConfigurations;
        ids.UnionWith(merged.CmoConfigurations.Select(c => c.Id));
        foreach (var cmo in merged.CmoConfigurations)
        {
            cmo.Context = Keep(cmo.Context, ids, $"CMO configuration '{cmo.Id}'", "context", report);
            cmo.Mechanism = Keep(cmo.Mechanism, ids, $"CMO configuration '{cmo.Id}'", "mechanism", report);
            cmo.Outcome = Keep(cmo.Outcome, ids, $"CMO configuration '{cmo.Id}'", "outcome", report);
            cmo.Themes = KeepAll(cmo.Themes, ids, $"CMO configuration '{cmo.Id}'", "theme", report);
        }

        MergeQuotes(stored, merged, ids, report);
        merged.Interactions = stored.Interactions.Where(i =>
        {
            var kept = ids.Contains(i.From) && ids.Contains(i.To);
            if (!kept)
            {
                report.Warn(Element, i.Id, $"the domain interaction {i.From} → {i.To} lost a domain in the QDA tool; removed");
            }

            return kept;
        }).ToList();
        merged.Links = stored.Links.Where(l =>
        {
            var local = l.From.Contains('/', StringComparison.Ordinal) ? l.From[(l.From.IndexOf('/', StringComparison.Ordinal) + 1)..] : l.From;
            var kept = ids.Contains(local);
            if (!kept)
            {
                report.Warn(Element, l.From, $"the {l.Relation} link to {l.To} starts at a finding removed in the QDA tool; removed");
            }

            return kept;
        }).ToList();
        return merged;
    }

    private static void MergeQuotes(StudyDocument stored, StudyDocument merged, HashSet<string> ids, ImportReport report)
    {
        var fromTool = merged.Quotes.ToDictionary(q => q.Id, StringComparer.Ordinal);
        foreach (var quote in merged.Quotes)
        {
            ids.Add(quote.Id);
        }

        var result = new List<QuoteEntry>();
        foreach (var was in stored.Quotes)
        {
            if (fromTool.Remove(was.Id, out var now))
            {
                now.Polarity = was.Polarity;
                now.Location = was.Location;
                now.CmoConfigurations = KeepAll(was.CmoConfigurations, ids, $"quote '{was.Id}'", "CMO configuration", report);
                now.Functions = KeepAll(was.Functions, ids, $"quote '{was.Id}'", "function", report);
                now.Activities = KeepAll(was.Activities, ids, $"quote '{was.Id}'", "activity", report);
                if (now.Text != was.Text || !now.Themes.SequenceEqual(was.Themes) || !now.Mechanisms.SequenceEqual(was.Mechanisms))
                {
                    report.Warn(Element, was.Id, "the quote's text or codings changed in the QDA tool; the tool's version is kept");
                }

                result.Add(now);
            }
            else if (was.Themes.Count == 0 && was.Mechanisms.Count == 0)
            {
                // Evidence only for CMO configurations, functions or activities: REFI has no coding for it, so it was never in the project.
                result.Add(was);
            }
            else
            {
                report.Warn(Element, was.Id, "the quote was removed or lost its codings in the QDA tool; removed");
            }
        }

        foreach (var added in merged.Quotes.Where(q => fromTool.ContainsKey(q.Id)))
        {
            report.Warn(Element, added.Id, "a quote added in the QDA tool; imported");
            result.Add(added);
        }

        merged.Quotes = result;
    }

    private static void Compare<T>(string kind, List<T> stored, List<T> tool, Func<T, string> id, Func<T, string> describe, ImportReport report)
    {
        var before = stored.ToDictionary(id, StringComparer.Ordinal);
        var after = tool.ToDictionary(id, StringComparer.Ordinal);
        foreach (var (key, was) in before)
        {
            if (!after.TryGetValue(key, out var now))
            {
                report.Warn(Element, key, $"the {kind} '{describe(was)}' was removed in the QDA tool; removed");
            }
            else if (describe(was) != describe(now))
            {
                report.Warn(Element, key, $"the {kind} changed in the QDA tool from '{describe(was)}' to '{describe(now)}'; the tool's version is kept");
            }
        }

        foreach (var key in after.Keys.Where(k => !before.ContainsKey(k)))
        {
            report.Warn(Element, key, $"a {kind} '{describe(after[key])}' added in the QDA tool; imported");
        }
    }

    private static string? Keep(string? reference, HashSet<string> ids, string owner, string kind, ImportReport report)
    {
        if (reference is null || ids.Contains(reference))
        {
            return reference;
        }

        report.Warn(Element, reference, $"{owner} refers to the {kind} '{reference}', removed in the QDA tool; the reference is dropped");
        return null;
    }

    private static List<string> KeepAll(List<string> references, HashSet<string> ids, string owner, string kind, ImportReport report) =>
        references.Where(r => Keep(r, ids, owner, kind, report) is not null).ToList();

    private static HashSet<string> AllIds(StudyDocument d) =>
    [
        .. d.Domains.Select(x => x.Id), .. d.Themes.Select(x => x.Id), .. d.Contexts.Select(x => x.Id),
        .. d.Mechanisms.Select(x => x.Id), .. d.Outcomes.Select(x => x.Id), .. d.Participants.Select(x => x.Id),
    ];
}

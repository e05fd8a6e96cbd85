using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>What a <c>.qdpx</c> export cannot keep where QDA tools see it, in words for the person exporting.</summary>
public static class RefiExportReport
{
    public static IReadOnlyList<string> Lines(StudyDocument document)
    {
        var lines = new List<string>();
        var hidden = new (int Count, string What)[]
        {
            (document.Interventions.Count, "intervention(s)"),
            (document.Interventions.Sum(i => i.Functions.Count), "function(s)"),
            (document.Interventions.Sum(i => i.Activities.Count), "activity(ies)"),
            (document.CmoConfigurations.Count, "CMO configuration(s)"),
            (document.Interactions.Count, "domain interaction(s)"),
            (document.Links.Count, "link(s)"),
            (document.Quotes.Count(q => q.Polarity is not null), "quote polarity(ies)"),
        }.Where(h => h.Count > 0).Select(h => $"{h.Count} {h.What}").ToList();
        if (hidden.Count > 0)
        {
            lines.Add($"kept only in {EmbeddedStudy.DocumentEntry} (no REFI-QDA element; QDA tools do not show it and a project they re-export loses it): {string.Join(", ", hidden)}");
        }

        var guids = new ExportGuids(document);
        var codes = document.Domains.Select(d => d.Id).Concat(document.Themes.Select(t => t.Id)).Concat(document.Contexts.Select(c => c.Id))
            .Concat(document.Mechanisms.Select(m => m.Id)).Concat(document.Outcomes.Select(o => o.Id)).ToList();
        var fresh = new (int Count, int Of, string What)[]
        {
            (codes.Count(id => !guids.IsKept(id)), codes.Count, "codes"),
            (document.Participants.Count(p => !guids.IsKept(p.Id)), document.Participants.Count, "cases"),
            (document.Quotes.Count(q => !guids.IsKept(q.Id)), document.Quotes.Count, "selections"),
        }.Where(f => f.Count > 0).ToList();
        if (document.Qda is null)
        {
            lines.Add("no GUIDs from a QDA project are stored for this study (it was not imported from one); every GUID is made from the study and local ids");
        }
        else
        {
            lines.AddRange(fresh.Select(f => $"{f.Count} of {f.Of} {f.What} have no GUID of their own from the QDA project (added in RealistGraph, or a case sharing a code's GUID); they get new ones"));
            foreach (var group in document.Qda.Sources.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                lines.Add($"'{group.Key}' had {group.Count()} sources in the project; its quotes are exported as one source with the GUID of '{group.First().Name}'; the other sources' GUIDs and their text outside the quotes are not kept");
            }

            lines.Add("not kept from the project: the GUIDs of codings, variables and category codes that only group contexts, mechanisms or outcomes (made new), and the text of sources outside the quotes");
        }

        return lines;
    }
}

using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

public sealed partial class RefiMapping
{
    /// <summary>
    /// The mapping that reads an export of <paramref name="document"/> back exactly: every code and case by its
    /// exported guid, with its local id, role and polarity.
    /// </summary>
    public static RefiMapping ForExport(StudyDocument document)
    {
        var guids = new ExportGuids(document);
        var mapping = new RefiMapping
        {
            StudyId = document.Id,
            StudyTitle = document.Title,
            Domains = document.Domains.Select(d => guids.Domain(d.Id)).ToList(),
        };
        foreach (var domain in document.Domains)
        {
            mapping.Ids[guids.Domain(domain.Id)] = domain.Id;
            mapping.Canonical[guids.Domain(domain.Id)] = domain.Canonical;
        }

        foreach (var theme in document.Themes)
        {
            mapping.Ids[guids.Theme(theme.Id)] = theme.Id;
            if (!string.IsNullOrEmpty(theme.Polarity))
            {
                mapping.Polarity[guids.Theme(theme.Id)] = theme.Polarity;
            }
        }

        AddGroup(mapping.Contexts, mapping.Ids, document.Contexts.Select(c => (guids.Context(c.Id), c.Id)), guids.Group(ExportGuids.ContextsGroup));
        AddGroup(mapping.Mechanisms, mapping.Ids, document.Mechanisms.Select(m => (guids.Mechanism(m.Id), m.Id)), guids.Group(ExportGuids.MechanismsGroup));
        AddGroup(mapping.Outcomes, mapping.Ids, document.Outcomes.Select(o => (guids.Outcome(o.Id), o.Id)), guids.Group(ExportGuids.OutcomesGroup));
        foreach (var outcome in document.Outcomes)
        {
            mapping.Polarity[guids.Outcome(outcome.Id)] = outcome.Valence switch { "positive" => "support", "negative" => "threat", _ => "mixed" };
        }

        foreach (var participant in document.Participants)
        {
            mapping.Ids[guids.Participant(participant.Id)] = participant.Id;
        }

        return mapping;
    }

    private static void AddGroup(List<string> roles, Dictionary<string, string> ids, IEnumerable<(string Guid, string Id)> members, string groupGuid)
    {
        var list = members.ToList();
        if (list.Count == 0)
        {
            return;
        }

        roles.Add(groupGuid);
        foreach (var (guid, id) in list)
        {
            ids[guid] = id;
        }
    }
}

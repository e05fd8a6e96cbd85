using System.Xml.Linq;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>Cases become participants: the case name is the label, variable values are attributes (a "Site" value is the site).</summary>
internal static class CaseReader
{
    public static CaseIndex Read(XElement project, RefiMapping mapping, StudyDocument document, ImportReport report, LocalIdPool ids)
    {
        var variables = ReadVariables(project, report);
        var bySource = new Dictionary<string, string>(StringComparer.Ordinal);
        var bySelection = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in project.Child("Cases")?.Children("Case") ?? [])
        {
            var guid = RefiGuid.Normalize(element.Attr("guid"));
            var label = element.Attr("name")?.Trim();
            if (string.IsNullOrEmpty(label))
            {
                label = guid;
                report.Warn("Case", guid, "no name; its guid is used as the participant label");
            }

            var wanted = mapping.Ids.FirstOrDefault(kv => RefiGuid.Normalize(kv.Key) == guid || string.Equals(kv.Key, label, StringComparison.OrdinalIgnoreCase)).Value;
            var participant = new ParticipantEntry { Id = ids.Take(wanted ?? RefiNames.LabelId(label)), Label = label };
            ReadValues(element, participant, variables, report);
            document.Participants.Add(participant);

            if (element.Child("Description") is { } description && !string.IsNullOrWhiteSpace(description.Value))
            {
                report.Skip("Case Description", label, "participants have no description field");
            }

            foreach (var codeRef in element.Children("CodeRef"))
            {
                report.Skip("Case CodeRef", label, $"a case coded with code {codeRef.Attr("targetGUID")} has no place in a study document");
            }

            Link(element.Children("SourceRef"), bySource, participant, "source", report);
            Link(element.Children("SelectionRef"), bySelection, participant, "selection", report);
        }

        return new CaseIndex(bySource, bySelection);
    }

    private static Dictionary<string, string> ReadVariables(XElement project, ImportReport report)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in project.Child("Variables")?.Children("Variable") ?? [])
        {
            var raw = variable.Attr("name") ?? "";
            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            // Some tools prefix the variable with its classification ("Cases:Age", "Person:Gender").
            var name = colon > 0 && colon < raw.Length - 1 ? raw[(colon + 1)..].Trim() : raw.Trim();
            if (name != raw)
            {
                report.Warn("Variable", raw, $"read as '{name}' (prefix removed)");
            }

            variables.TryAdd(RefiGuid.Normalize(variable.Attr("guid")), name);
        }

        return variables;
    }

    private static void ReadValues(XElement element, ParticipantEntry participant, Dictionary<string, string> variables, ImportReport report)
    {
        foreach (var value in element.Children("VariableValue"))
        {
            var variableGuid = RefiGuid.Normalize(value.Child("VariableRef")?.Attr("targetGUID"));
            if (!variables.TryGetValue(variableGuid, out var name))
            {
                report.Skip("VariableValue", participant.Label, $"refers to variable {variableGuid}, which is not declared");
                continue;
            }

            var text = value.Elements().FirstOrDefault(e => e.Name.LocalName.EndsWith("Value", StringComparison.Ordinal))?.Value.Trim() ?? "";
            if (name.Equals("site", StringComparison.OrdinalIgnoreCase))
            {
                participant.Site = text;
            }
            else if (!participant.Attributes.TryAdd(name, text))
            {
                report.Warn("VariableValue", participant.Label, $"second value for '{name}' ignored");
            }
        }
    }

    private static void Link(IEnumerable<XElement> refs, Dictionary<string, string> index, ParticipantEntry participant, string what, ImportReport report)
    {
        foreach (var reference in refs)
        {
            var target = RefiGuid.Normalize(reference.Attr("targetGUID"));
            if (!index.TryAdd(target, participant.Id) && index[target] != participant.Id)
            {
                report.Warn($"Case {what} reference", participant.Label, $"{what} {target} already belongs to participant '{index[target]}'; kept there");
            }
        }
    }
}

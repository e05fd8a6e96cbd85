using System.Xml.Linq;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>A participant as a case: its site and attributes as Text variable values, and a reference to its source.</summary>
internal static class CaseWriter
{
    public static XElement Case(ParticipantEntry participant, ExportGuids guids, Dictionary<string, string> sourceOfParticipant, XNamespace ns)
    {
        var values = new List<(string Name, string Value)>();
        if (participant.Site is not null)
        {
            values.Add(("Site", participant.Site));
        }

        values.AddRange(participant.Attributes.Select(a => (a.Key, a.Value)));
        return new XElement(ns + "Case",
            new XAttribute("guid", guids.Participant(participant.Id)),
            new XAttribute("name", participant.Label),
            values.Select(v => new XElement(ns + "VariableValue",
                new XElement(ns + "VariableRef", new XAttribute("targetGUID", guids.Variable(v.Name))),
                new XElement(ns + "TextValue", v.Value))),
            sourceOfParticipant.TryGetValue(participant.Id, out var source)
                ? new XElement(ns + "SourceRef", new XAttribute("targetGUID", source))
                : null);
    }

    public static List<string> VariableNames(StudyDocument document)
    {
        var names = new List<string>();
        if (document.Participants.Any(p => p.Site is not null))
        {
            names.Add("Site");
        }

        foreach (var key in document.Participants.SelectMany(p => p.Attributes.Keys))
        {
            if (!names.Contains(key, StringComparer.Ordinal))
            {
                names.Add(key);
            }
        }

        return names;
    }
}

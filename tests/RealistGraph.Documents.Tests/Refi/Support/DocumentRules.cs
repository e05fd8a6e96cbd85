using System.Text.RegularExpressions;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Tests.Refi.Support;

/// <summary>
/// The study-document rules an import must meet (id formats, ids unique across the document, references,
/// enumerations), restated here because the document validator lives on another branch at the time of writing.
/// </summary>
public static partial class DocumentRules
{
    private static readonly string[] _polarities = ["support", "threat", "mixed"];
    private static readonly string[] _valences = ["positive", "negative", "mixed"];

    public static List<string> Problems(StudyDocument d)
    {
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Id(string what, string id, bool participant = false)
        {
            if (!(participant ? ParticipantId() : LocalId()).IsMatch(id))
            {
                problems.Add($"{what} id '{id}' is malformed");
            }

            if (!seen.Add(id))
            {
                problems.Add($"{what} id '{id}' is used twice");
            }
        }

        void Ref(string what, string? id, IEnumerable<string> known)
        {
            if (id is not null && !known.Contains(id))
            {
                problems.Add($"{what} refers to missing '{id}'");
            }
        }

        if (!LocalId().IsMatch(d.Id))
        {
            problems.Add($"study id '{d.Id}' is malformed");
        }

        if (string.IsNullOrWhiteSpace(d.Title))
        {
            problems.Add("no title");
        }

        foreach (var x in d.Domains)
        {
            Id("domain", x.Id);
            if (!LocalId().IsMatch(x.Canonical))
            {
                problems.Add($"domain '{x.Id}' canonical '{x.Canonical}' is malformed");
            }
        }

        foreach (var x in d.Themes)
        {
            Id("theme", x.Id);
            Ref($"theme '{x.Id}' domain", x.Domain, d.Domains.Select(y => y.Id));
            Ref($"theme '{x.Id}' parent", x.Parent, d.Themes.Select(y => y.Id));
            if (!_polarities.Contains(x.Polarity))
            {
                problems.Add($"theme '{x.Id}' polarity '{x.Polarity}'");
            }
        }

        d.Contexts.ForEach(x => Id("context", x.Id));
        d.Mechanisms.ForEach(x => Id("mechanism", x.Id));
        foreach (var x in d.Outcomes)
        {
            Id("outcome", x.Id);
            if (!_valences.Contains(x.Valence))
            {
                problems.Add($"outcome '{x.Id}' valence '{x.Valence}'");
            }
        }

        d.Participants.ForEach(x => Id("participant", x.Id, participant: true));
        foreach (var q in d.Quotes)
        {
            Id("quote", q.Id);
            if (string.IsNullOrWhiteSpace(q.Text))
            {
                problems.Add($"quote '{q.Id}' has no text");
            }

            Ref($"quote '{q.Id}' participant", q.Participant, d.Participants.Select(p => p.Id));
            q.Themes.ForEach(t => Ref($"quote '{q.Id}' theme", t, d.Themes.Select(y => y.Id)));
            q.Mechanisms.ForEach(m => Ref($"quote '{q.Id}' mechanism", m, d.Mechanisms.Select(y => y.Id)));
        }

        return problems;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex LocalId();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex ParticipantId();
}

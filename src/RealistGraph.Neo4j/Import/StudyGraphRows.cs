using System.Text.Json;
using RealistGraph.Domain.Model;

namespace RealistGraph.Neo4j.Import;

/// <summary>Turns a <see cref="StudyGraph"/> into the parameter rows of the import queries (one list per UNWIND).</summary>
internal static class StudyGraphRows
{
    public static Dictionary<string, object?> Study(Study s) => new()
    {
        ["id"] = s.Id, ["title"] = s.Title, ["authors"] = s.Authors, ["year"] = s.Year, ["doi"] = s.Doi,
        ["journal"] = s.Journal, ["design"] = s.Design, ["sampleSize"] = s.SampleSize, ["setting"] = s.Setting, ["summary"] = s.Summary,
        ["qda"] = s.Qda,
    };

    /// <summary>
    /// The rows of one UNWIND, each made only when it is read (<see cref="RowBatches"/> reads one batch at a time), so
    /// that a large study never has all its rows as dictionaries at once.
    /// </summary>
    public static IReadOnlyList<Dictionary<string, object?>> Rows<T>(IReadOnlyList<T> items, Func<T, Dictionary<string, object?>> map) =>
        new LazyRows<T>(items, map);

    public static Dictionary<string, object?> Intervention(Intervention i) =>
        new() { ["id"] = i.Id, ["name"] = i.Name, ["description"] = i.Description };

    public static Dictionary<string, object?> Function(InterventionFunction f) =>
        new() { ["id"] = f.Id, ["interventionId"] = f.InterventionId, ["name"] = f.Name, ["description"] = f.Description };

    public static Dictionary<string, object?> Activity(Activity a) =>
        new() { ["id"] = a.Id, ["interventionId"] = a.InterventionId, ["name"] = a.Name, ["description"] = a.Description };

    public static Dictionary<string, object?> Domain(StudyDomain d) =>
        new() { ["id"] = d.Id, ["name"] = d.Name, ["canonicalDomain"] = d.CanonicalDomain, ["description"] = d.Description };

    public static Dictionary<string, object?> Theme(Theme t) => new()
    {
        ["id"] = t.Id, ["domainId"] = t.DomainId, ["code"] = t.Code, ["name"] = t.Name, ["summary"] = t.Summary,
        ["polarity"] = GraphValues.Of(t.Polarity), ["parentThemeId"] = t.ParentThemeId,
    };

    public static Dictionary<string, object?> Participant(Participant p) => new()
    {
        ["id"] = p.Id, ["label"] = p.Label, ["site"] = p.Site,

        // Neo4j properties cannot be maps, so attributes are kept as one JSON object text.
        ["attributes"] = JsonSerializer.Serialize(p.Attributes),
    };

    public static Dictionary<string, object?> Quote(Quote q) => new()
    {
        ["id"] = q.Id, ["participantId"] = q.ParticipantId, ["text"] = q.Text, ["location"] = q.Location,
        ["polarity"] = q.Polarity is { } p ? GraphValues.Of(p) : null,
    };

    public static Dictionary<string, object?> Context(Context c) => new() { ["id"] = c.Id, ["description"] = c.Description };

    public static Dictionary<string, object?> Mechanism(Mechanism m) =>
        new() { ["id"] = m.Id, ["name"] = m.Name, ["resource"] = m.Resource, ["reasoning"] = m.Reasoning };

    public static Dictionary<string, object?> Outcome(Outcome o) =>
        new() { ["id"] = o.Id, ["description"] = o.Description, ["valence"] = GraphValues.Of(o.Valence) };

    public static Dictionary<string, object?> Cmo(CmoConfiguration c) => new()
    {
        ["id"] = c.Id, ["statement"] = c.Statement, ["confidence"] = c.Confidence is { } conf ? GraphValues.Of(conf) : null,
        ["contextId"] = c.ContextId, ["mechanismId"] = c.MechanismId, ["outcomeId"] = c.OutcomeId,
    };

    public static Dictionary<string, object?> Interaction(DomainInteraction i) => new()
    {
        ["id"] = i.Id, ["fromDomainId"] = i.FromDomainId, ["toDomainId"] = i.ToDomainId,
        ["kind"] = GraphValues.Of(i.Kind), ["description"] = i.Description,
    };

    public static Dictionary<string, object?> Edge(Edge e) => new() { ["fromId"] = e.FromId, ["toId"] = e.ToId };

    public static Dictionary<string, object?> Link(FindingLink l) => new()
    {
        ["id"] = l.Id, ["fromId"] = l.FromId, ["toId"] = l.ToId, ["relation"] = GraphValues.Of(l.Relation),
        ["rationale"] = l.Rationale, ["author"] = l.Author, ["createdAt"] = l.CreatedAt.ToString("O"),
    };

    private sealed class LazyRows<T>(IReadOnlyList<T> items, Func<T, Dictionary<string, object?>> map) : IReadOnlyList<Dictionary<string, object?>>
    {
        public int Count => items.Count;

        public Dictionary<string, object?> this[int index]
        {
            get
            {
                var row = map(items[index]);
                row["ordinal"] = index;
                return row;
            }
        }

        public IEnumerator<Dictionary<string, object?>> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

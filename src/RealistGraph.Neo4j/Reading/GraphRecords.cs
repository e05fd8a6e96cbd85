using System.Text.Json;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;

namespace RealistGraph.Neo4j.Reading;

/// <summary>Maps rows of the usual column names onto domain records; shared by every repository.</summary>
internal static class GraphRecords
{
    public static Study Study(CypherRecord s) => new(
        s.GetString("id"), s.GetString("title"), s.GetStrings("authors"), s.GetNullableInt32("year"), s.GetNullableString("doi"),
        s.GetNullableString("journal"), s.GetNullableString("design"), s.GetNullableInt32("sampleSize"), s.GetNullableString("setting"),
        s.GetNullableString("summary"));

    public static Intervention Intervention(CypherRecord x) =>
        new(x.GetString("id"), StudyIds.StudyOf(x.GetString("id")), x.GetString("name"), x.GetNullableString("description"));

    public static InterventionFunction Function(CypherRecord x) => new(
        x.GetString("id"), StudyIds.StudyOf(x.GetString("id")), x.GetString("interventionId"), x.GetString("name"), x.GetNullableString("description"));

    public static Activity Activity(CypherRecord x) => new(
        x.GetString("id"), StudyIds.StudyOf(x.GetString("id")), x.GetString("interventionId"), x.GetString("name"), x.GetNullableString("description"));

    public static StudyDomain Domain(CypherRecord x) => new(
        x.GetString("id"), StudyIds.StudyOf(x.GetString("id")), x.GetString("name"), x.GetString("canonicalDomain"), x.GetNullableString("description"));

    public static Context Context(CypherRecord x) => new(x.GetString("id"), StudyIds.StudyOf(x.GetString("id")), x.GetString("description"));

    public static DomainInteraction Interaction(CypherRecord x) => new(
        x.GetString("id"), StudyIds.StudyOf(x.GetString("id")), x.GetString("fromDomainId"), x.GetString("toDomainId"),
        GraphValues.Parse<InteractionKind>(x.GetString("kind")), x.GetString("description"));

    public static Theme Theme(CypherRecord x) => new(
        x.GetString("id"), StudyIds.StudyOf(x.GetString("id")), x.GetString("domainId"),
        x.GetNullableString("code"), x.GetString("name"), x.GetNullableString("summary"),
        GraphValues.Parse<Polarity>(x.GetString("polarity")), x.GetNullableString("parentThemeId"));

    public static Participant Participant(CypherRecord x) => new(
        x.GetString("id"), StudyIds.StudyOf(x.GetString("id")), x.GetString("label"), x.GetNullableString("site"),
        x.GetNullableString("attributes") is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
            : new Dictionary<string, string>());

    public static Quote Quote(CypherRecord x) => new(
        x.GetString("id"), StudyIds.StudyOf(x.GetString("id")), x.GetNullableString("participantId"), x.GetString("text"),
        x.GetNullableString("location"), x.GetNullableString("polarity") is { } p ? GraphValues.Parse<Polarity>(p) : null);

    /// <summary>A quote read as its id only: the selection asked for nothing else, so the other fields stay empty.</summary>
    public static Quote QuoteId(string id, string studyId) => new(id, studyId, null, "", null, null);

    public static Mechanism Mechanism(CypherRecord x) => new(
        x.GetString("id"), StudyIds.StudyOf(x.GetString("id")), x.GetString("name"), x.GetNullableString("resource"), x.GetNullableString("reasoning"));

    public static Outcome Outcome(CypherRecord x) => new(
        x.GetString("id"), StudyIds.StudyOf(x.GetString("id")), x.GetString("description"), GraphValues.Parse<OutcomeValence>(x.GetString("valence")));

    public static CmoConfiguration Cmo(CypherRecord x) => new(
        x.GetString("id"), StudyIds.StudyOf(x.GetString("id")), x.GetString("statement"),
        x.GetNullableString("confidence") is { } c ? GraphValues.Parse<Confidence>(c) : null,
        x.GetNullableString("contextId"), x.GetNullableString("mechanismId"), x.GetNullableString("outcomeId"));

    public static FindingLink Link(CypherRecord x) => new(
        x.GetString("id"), x.GetString("fromId"), x.GetString("toId"), GraphValues.Parse<LinkRelation>(x.GetString("relation")),
        x.GetString("rationale"), x.GetString("author"),
        DateTimeOffset.Parse(x.GetString("createdAt"), System.Globalization.CultureInfo.InvariantCulture));

}

/// <summary>Reads a row of <c>nodes/findings-by-ids</c> as the record of its kind.</summary>
internal static class FindingRecords
{
    public static object Finding(CypherRecord x) => KindOf(x.GetStrings("labels")) switch
    {
        FindingKind.Theme => GraphRecords.Theme(x),
        FindingKind.Mechanism => GraphRecords.Mechanism(x),
        FindingKind.Context => GraphRecords.Context(x),
        FindingKind.Outcome => GraphRecords.Outcome(x),
        FindingKind.Intervention => GraphRecords.Intervention(x),
        FindingKind.Function => GraphRecords.Function(x),
        FindingKind.Activity => GraphRecords.Activity(x),
        _ => GraphRecords.Cmo(x),
    };

    /// <summary>The kind of a finding from its node labels (each kind is a label of the same name).</summary>
    public static FindingKind KindOf(IReadOnlyList<string> labels) =>
        Enum.GetValues<FindingKind>().First(k => labels.Contains(k.ToString()));
}

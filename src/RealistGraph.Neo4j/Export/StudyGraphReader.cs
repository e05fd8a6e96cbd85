using System.Text.Json;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Queries;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Export;

namespace RealistGraph.Neo4j.Export;

/// <summary>Reads one whole study back out of the graph, in one round trip, in the order it was imported.</summary>
public sealed class StudyGraphReader(IGraphDatabase database, QueryCatalog catalog)
{
    private static readonly string[] Parts =
    [
        Q.Study, Q.Interventions, Q.Functions, Q.Activities, Q.Domains, Q.Themes, Q.Participants, Q.Quotes,
        Q.Contexts, Q.Mechanisms, Q.Outcomes, Q.CmoConfigurations, Q.Interactions, Q.Edges, Q.Links,
    ];

    public async Task<StudyGraph?> ReadAsync(string studyId, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?> { ["studyId"] = studyId };
        var r = await database.RunAsync(Parts.Select(p => catalog.Statement(p, parameters)).ToList(), cancellationToken);
        if (r[0].SingleOrDefault() is not { } s)
        {
            return null;
        }

        return new StudyGraph(
            new Study(s.GetString("id"), s.GetString("title"), s.GetStrings("authors"), s.GetNullableInt32("year"), s.GetNullableString("doi"),
                s.GetNullableString("journal"), s.GetNullableString("design"), s.GetNullableInt32("sampleSize"), s.GetNullableString("setting"),
                s.GetNullableString("summary")),
            r[1].Records.Select(x => new Intervention(x.GetString("id"), studyId, x.GetString("name"), x.GetNullableString("description"))).ToList(),
            r[2].Records.Select(x => new InterventionFunction(x.GetString("id"), studyId, x.GetString("interventionId"), x.GetString("name"),
                x.GetNullableString("description"))).ToList(),
            r[3].Records.Select(x => new Activity(x.GetString("id"), studyId, x.GetString("interventionId"), x.GetString("name"),
                x.GetNullableString("description"))).ToList(),
            r[4].Records.Select(x => new StudyDomain(x.GetString("id"), studyId, x.GetString("name"), x.GetString("canonicalDomain"),
                x.GetNullableString("description"))).ToList(),
            r[5].Records.Select(GraphRecords.Theme).ToList(),
            r[6].Records.Select(GraphRecords.Participant).ToList(),
            r[7].Records.Select(GraphRecords.Quote).ToList(),
            r[8].Records.Select(x => new Context(x.GetString("id"), studyId, x.GetString("description"))).ToList(),
            r[9].Records.Select(GraphRecords.Mechanism).ToList(),
            r[10].Records.Select(GraphRecords.Outcome).ToList(),
            r[11].Records.Select(GraphRecords.Cmo).ToList(),
            r[12].Records.Select(x => new DomainInteraction(x.GetString("id"), studyId, x.GetString("fromDomainId"), x.GetString("toDomainId"),
                GraphValues.Parse<InteractionKind>(x.GetString("kind")), x.GetString("description"))).ToList(),
            r[13].Records.Select(ReadEdge).ToList(),
            r[14].Records.Select(GraphRecords.Link).ToList());
    }

    private static Edge ReadEdge(CypherRecord x) => new(
        x.GetString("kind") switch
        {
            "EVIDENCES" => EdgeKind.Evidences,
            "INVOLVES" => EdgeKind.Involves,
            _ => EdgeKind.EnactedBy,
        },
        x.GetString("fromId"),
        x.GetString("toId"),
        x.GetStrings("toLabels").Select(l => Enum.TryParse<NodeKind>(l, out var k) ? k : (NodeKind?)null).First(k => k is not null)!.Value);
}

/// <summary>Maps rows of the usual column names onto domain records; shared by every repository.</summary>
public static class GraphRecords
{
    public static Theme Theme(CypherRecord x) => new(
        x.GetString("id"), StudyOf(x.GetString("id")), x.GetString("domainId"),
        x.GetNullableString("code"), x.GetString("name"), x.GetNullableString("summary"),
        GraphValues.Parse<Polarity>(x.GetString("polarity")), x.GetNullableString("parentThemeId"));

    public static Participant Participant(CypherRecord x) => new(
        x.GetString("id"), StudyOf(x.GetString("id")), x.GetString("label"), x.GetNullableString("site"),
        x.GetNullableString("attributes") is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
            : new Dictionary<string, string>());

    public static Quote Quote(CypherRecord x) => new(
        x.GetString("id"), StudyOf(x.GetString("id")), x.GetNullableString("participantId"), x.GetString("text"),
        x.GetNullableString("location"), x.GetNullableString("polarity") is { } p ? GraphValues.Parse<Polarity>(p) : null);

    public static Mechanism Mechanism(CypherRecord x) => new(
        x.GetString("id"), StudyOf(x.GetString("id")), x.GetString("name"), x.GetNullableString("resource"), x.GetNullableString("reasoning"));

    public static Outcome Outcome(CypherRecord x) => new(
        x.GetString("id"), StudyOf(x.GetString("id")), x.GetString("description"), GraphValues.Parse<OutcomeValence>(x.GetString("valence")));

    public static CmoConfiguration Cmo(CypherRecord x) => new(
        x.GetString("id"), StudyOf(x.GetString("id")), x.GetString("statement"),
        x.GetNullableString("confidence") is { } c ? GraphValues.Parse<Confidence>(c) : null,
        x.GetNullableString("contextId"), x.GetNullableString("mechanismId"), x.GetNullableString("outcomeId"));

    public static FindingLink Link(CypherRecord x) => new(
        x.GetString("id"), x.GetString("fromId"), x.GetString("toId"), GraphValues.Parse<LinkRelation>(x.GetString("relation")),
        x.GetString("rationale"), x.GetString("author"),
        DateTimeOffset.Parse(x.GetString("createdAt"), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Every graph id is <c>{study}/{local}</c>, so the study is the part before the first separator.</summary>
    public static string StudyOf(string globalId) => globalId.Split(StudyIds.Separator, 2)[0];
}

using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using RealistGraph.Neo4j.Reading;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Export;

namespace RealistGraph.Neo4j.Export;

/// <summary>Reads one whole study back out of the graph, in one round trip, in the order it was imported.</summary>
public sealed class StudyGraphReader(IGraphDatabase database)
{
    private static readonly string[] Parts =
    [
        Q.Study, Q.Interventions, Q.Functions, Q.Activities, Q.Domains, Q.Themes, Q.Participants, Q.Quotes,
        Q.Contexts, Q.Mechanisms, Q.Outcomes, Q.CmoConfigurations, Q.Interactions, Q.Edges, Q.Links,
    ];

    public async Task<StudyGraph?> ReadAsync(string studyId, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?> { ["studyId"] = studyId };
        var r = await database.RunAsync(Parts.Select(p => QueryCatalog.Embedded.Statement(p, parameters)).ToList(), cancellationToken);
        if (r[0].SingleOrDefault() is not { } s)
        {
            return null;
        }

        return new StudyGraph(
            GraphRecords.Study(s) with { Qda = s.GetNullableString("qda") },
            r[1].Records.Select(GraphRecords.Intervention).ToList(),
            r[2].Records.Select(GraphRecords.Function).ToList(),
            r[3].Records.Select(GraphRecords.Activity).ToList(),
            r[4].Records.Select(GraphRecords.Domain).ToList(),
            r[5].Records.Select(GraphRecords.Theme).ToList(),
            r[6].Records.Select(GraphRecords.Participant).ToList(),
            r[7].Records.Select(GraphRecords.Quote).ToList(),
            r[8].Records.Select(GraphRecords.Context).ToList(),
            r[9].Records.Select(GraphRecords.Mechanism).ToList(),
            r[10].Records.Select(GraphRecords.Outcome).ToList(),
            r[11].Records.Select(GraphRecords.Cmo).ToList(),
            r[12].Records.Select(GraphRecords.Interaction).ToList(),
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

using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Import;

namespace RealistGraph.Neo4j.Import;

/// <summary>
/// Writes one study into the graph in one transaction: unchanged content is detected by hash and skipped;
/// otherwise the stored study is replaced whole (UNWIND batches, one round trip for all of them), and the
/// cross-study links that touched it are restored where both ends still exist. Any failure rolls everything back.
/// </summary>
public sealed class StudyGraphWriter(IGraphDatabase database, ILogger<StudyGraphWriter> logger)
{
    public Task<ImportOutcome> WriteAsync(StudyGraph graph, CancellationToken cancellationToken = default) =>
        database.InTransactionAsync(async (tx, ct) =>
        {
            var studyId = graph.Study.Id;
            var hash = ContentHash(graph);
            var state = await tx.RunAsync(
                [
                    QueryCatalog.Embedded.Statement(Q.StudyState, new Dictionary<string, object?> { ["studyId"] = studyId }),
                    QueryCatalog.Embedded.Statement(Q.LinksTouchingStudy, new Dictionary<string, object?> { ["studyId"] = studyId }),
                ],
                ct);
            var stored = state[0].Single();
            var storedHash = stored.GetNullableString("contentHash");
            if (storedHash == hash)
            {
                return new ImportOutcome(studyId, ImportChange.Unchanged, new Dictionary<string, int>(), []);
            }

            var links = MergeLinks(graph.Links, state[1].Records.Select(Reading.GraphRecords.Link));
            var writes = WriteStatements(graph, hash, links);
            writes.Insert(writes.Count - 1, Changes.ChangeLog.Record(studyId, "importStudy", studyId, stored.GetBoolean("stored") ? "replaced by an import" : "created by an import"));
            var results = await tx.RunAsync(writes, ct);
            var kept = results[^1].Records.Select(r => r.GetString("id")).ToHashSet(StringComparer.Ordinal);
            var dropped = links.Where(l => !kept.Contains(l.Id)).Select(l => $"{l.FromId} {GraphValues.Of(l.Relation)} {l.ToId}").ToList();
            var outcome = new ImportOutcome(studyId, stored.GetBoolean("stored") ? ImportChange.Updated : ImportChange.Created, Counts(graph, kept.Count), dropped);
            logger.LogInformation("Imported {Outcome}", outcome.Describe());
            return outcome;
        }, cancellationToken);

    /// <summary>A hash of the content, blind to when links were made, so that re-importing a document is a no-op.</summary>
    public static string ContentHash(StudyGraph graph)
    {
        var comparable = graph with { Links = graph.Links.Select(l => l with { CreatedAt = default }).ToList() };
        return Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(comparable)));
    }

    /// <summary>The batched statements that write <paramref name="graph"/> after deleting it, links last (the benchmark splits them row by row).</summary>
    public static IReadOnlyList<CypherStatement> WriteStatements(StudyGraph graph) => WriteStatements(graph, ContentHash(graph), graph.Links);

    private static List<CypherStatement> WriteStatements(StudyGraph g, string hash, IReadOnlyList<FindingLink> links)
    {
        var statements = new List<CypherStatement>
        {
            QueryCatalog.Embedded.Statement(Q.DeleteStudy, new Dictionary<string, object?> { ["studyId"] = g.Study.Id }),
            QueryCatalog.Embedded.Statement(Q.CreateStudy, new Dictionary<string, object?>
            {
                ["study"] = StudyGraphRows.Study(g.Study), ["contentHash"] = hash, ["importedAt"] = DateTimeOffset.UtcNow.ToString("O"),
            }),
            Rows(Q.CreateInterventions, g, g.Interventions, StudyGraphRows.Intervention),
            Rows(Q.CreateFunctions, g, g.Functions, StudyGraphRows.Function),
            Rows(Q.CreateActivities, g, g.Activities, StudyGraphRows.Activity),
            Rows(Q.CreateDomains, g, g.Domains, StudyGraphRows.Domain),
            Rows(Q.CreateThemes, g, g.Themes, StudyGraphRows.Theme),
            Rows(Q.LinkSubthemes, g, g.Themes.Where(t => t.ParentThemeId is not null).ToList(), StudyGraphRows.Theme),
            Rows(Q.CreateParticipants, g, g.Participants, StudyGraphRows.Participant),
            Rows(Q.CreateQuotes, g, g.Quotes, StudyGraphRows.Quote),
            Rows(Q.CreateContexts, g, g.Contexts, StudyGraphRows.Context),
            Rows(Q.CreateMechanisms, g, g.Mechanisms, StudyGraphRows.Mechanism),
            Rows(Q.CreateOutcomes, g, g.Outcomes, StudyGraphRows.Outcome),
            Rows(Q.CreateCmoConfigurations, g, g.CmoConfigurations, StudyGraphRows.Cmo),
            Rows(Q.CreateInteractions, g, g.Interactions, StudyGraphRows.Interaction),
        };
        foreach (var group in g.Edges.GroupBy(e => (e.Kind, e.ToKind)))
        {
            statements.Add(Rows(Q.Edge(group.Key.Kind, group.Key.ToKind), g, group.ToList(), StudyGraphRows.Edge));
        }

        statements.RemoveAll(s => s.Parameters.TryGetValue("rows", out var rows) && rows is List<Dictionary<string, object?>> { Count: 0 });

        // Last, always: its result tells which links could be kept.
        statements.Add(Rows(Q.CreateLinks, g, links, StudyGraphRows.Link));
        return statements;
    }

    private static CypherStatement Rows<T>(string name, StudyGraph g, IReadOnlyList<T> items, Func<T, Dictionary<string, object?>> map) =>
        QueryCatalog.Embedded.Statement(name, new Dictionary<string, object?> { ["studyId"] = g.Study.Id, ["rows"] = StudyGraphRows.Rows(items, map) });

    /// <summary>The document's own links, plus the stored links that touch the study and that the document does not restate.</summary>
    private static List<FindingLink> MergeLinks(IReadOnlyList<FindingLink> fromDocument, IEnumerable<FindingLink> stored)
    {
        var merged = fromDocument.ToList();
        var known = merged.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        merged.AddRange(stored.Where(l => known.Add(l.Id)));
        return merged;
    }

    private static Dictionary<string, int> Counts(StudyGraph g, int links) => new()
    {
        ["interventions"] = g.Interventions.Count, ["functions"] = g.Functions.Count, ["activities"] = g.Activities.Count,
        ["domains"] = g.Domains.Count, ["themes"] = g.Themes.Count, ["participants"] = g.Participants.Count,
        ["quotes"] = g.Quotes.Count, ["contexts"] = g.Contexts.Count, ["mechanisms"] = g.Mechanisms.Count,
        ["outcomes"] = g.Outcomes.Count, ["CMO configurations"] = g.CmoConfigurations.Count,
        ["interactions"] = g.Interactions.Count, ["links"] = links,
    };
}

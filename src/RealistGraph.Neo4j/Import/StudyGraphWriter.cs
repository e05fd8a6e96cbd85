using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Import;

namespace RealistGraph.Neo4j.Import;

/// <summary>
/// Writes one study into the graph in one transaction: unchanged content is detected by hash and skipped;
/// otherwise the stored study is replaced whole, and the cross-study links that touched it are restored where both
/// ends still exist. The rows travel as UNWIND batches of at most <see cref="Neo4jOptions.ImportBatchRows"/> per
/// request (so no request of a large study runs near its timeout or Neo4j's memory), all in the one transaction:
/// any failure rolls everything back. The outcome is returned only once the commit has been answered.
/// </summary>
public sealed class StudyGraphWriter(IGraphDatabase database, IOptions<Neo4jOptions> options, ILogger<StudyGraphWriter> logger)
{
    private int BatchRows => Math.Max(1, options.Value.ImportBatchRows);

    public async Task<ImportOutcome> WriteAsync(StudyGraph graph, CancellationToken cancellationToken = default)
    {
        ImportOutcome outcome;
        try
        {
            outcome = await WriteInTransactionAsync(graph, cancellationToken);
        }
        catch (Neo4jConflictException)
        {
            // Another writer (a replica of the service, a CLI) created the same new study between this one's read and its
            // write. Its commit is visible now: the second attempt finds it unchanged or replaces it; a real clash fails again.
            logger.LogInformation("Study {Study} was written concurrently; writing it again on top", graph.Study.Id);
            outcome = await WriteInTransactionAsync(graph, cancellationToken);
        }

        if (outcome.Change != ImportChange.Unchanged)
        {
            logger.LogInformation("Imported {Outcome}", outcome.Describe());
        }

        return outcome with { Committed = outcome.Change != ImportChange.Unchanged };
    }

    /// <summary>
    /// One attempt in one transaction. The content hash and the import time it writes on the study are its token: when
    /// the commit's answer is lost, reading them back tells whether the commit happened (<see cref="CommitCheck"/>).
    /// </summary>
    private async Task<ImportOutcome> WriteInTransactionAsync(StudyGraph graph, CancellationToken cancellationToken)
    {
        var hash = ContentHash(graph);
        var importedAt = DateTimeOffset.UtcNow.ToString("O");
        ImportOutcome? written = null;
        try
        {
            return await database.InTransactionAsync(async (tx, ct) => written = await WriteAsync(tx, graph, hash, importedAt, ct), cancellationToken);
        }
        catch (Neo4jCommitUnknownException lost) when (written is not null)
        {
            if (written.Change == ImportChange.Unchanged)
            {
                return written; // nothing was to be committed
            }

            try
            {
                return await new CommitCheck(database, logger).ConfirmAsync(written, hash, importedAt, lost);
            }
            catch (Neo4jCommitUnknownException notWritten) when (notWritten.Committed == false)
            {
                throw (Exception?)await OutOfMemoryAsync(notWritten, graph) ?? notWritten;
            }
        }
        catch (Neo4jException failure) when (failure is not Neo4jConflictException and not Neo4jCommitUnknownException)
        {
            // The transaction is rolled back already; say so plainly when Neo4j's memory was what failed.
            if (await OutOfMemoryAsync(failure, graph) is { } outOfMemory)
            {
                throw outOfMemory;
            }

            throw;
        }
    }

    private Task<Neo4jOutOfMemoryException?> OutOfMemoryAsync(Neo4jException failure, StudyGraph graph) =>
        new ImportMemoryCheck(database, logger).ExplainAsync(
            failure, graph.Study.Id, graph.Quotes.Count > 0 ? graph.Quotes.Count : GraphRows(graph), GraphRows(graph));

    private static int GraphRows(StudyGraph g) =>
        1 + g.Interventions.Count + g.Functions.Count + g.Activities.Count + g.Domains.Count + g.Themes.Count + g.Participants.Count
        + g.Quotes.Count + g.Contexts.Count + g.Mechanisms.Count + g.Outcomes.Count + g.CmoConfigurations.Count + g.Interactions.Count
        + g.Edges.Count + g.Links.Count;

    private async Task<ImportOutcome> WriteAsync(IGraphTransaction tx, StudyGraph graph, string hash, string importedAt, CancellationToken ct)
    {
        var studyId = graph.Study.Id;
        var state = await tx.RunAsync(
            [
                QueryCatalog.Embedded.Statement(Q.LockStudy, new Dictionary<string, object?> { ["studyId"] = studyId }),
                QueryCatalog.Embedded.Statement(Q.StudyState, new Dictionary<string, object?> { ["studyId"] = studyId }),
                QueryCatalog.Embedded.Statement(Q.LinksTouchingStudy, new Dictionary<string, object?> { ["studyId"] = studyId }),
            ],
            ct);
        var stored = state[1].Single();
        var storedHash = stored.GetNullableString("contentHash");
        if (storedHash == hash)
        {
            return new ImportOutcome(studyId, ImportChange.Unchanged, new Dictionary<string, int>(), []);
        }

        var links = MergeLinks(graph.Links, state[2].Records.Select(Reading.GraphRecords.Link));
        await DeleteStoredAsync(tx, studyId, ct);
        foreach (var request in RowBatches.Split(WriteStatements(graph, hash, importedAt), BatchRows))
        {
            await tx.RunAsync(request, ct);
        }

        await tx.RunAsync(
            Changes.ChangeLog.Record(studyId, "importStudy", studyId, stored.GetBoolean("stored") ? "replaced by an import" : "created by an import"),
            ct);

        // Last: the answers tell which links could be kept (both ends exist).
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in RowBatches.Split([Rows(Q.CreateLinks, graph, links, StudyGraphRows.Link)], BatchRows))
        {
            kept.UnionWith((await tx.RunAsync(request, ct)).SelectMany(r => r.Records).Select(r => r.GetString("id")));
        }

        var dropped = links.Where(l => !kept.Contains(l.Id)).Select(l => $"{l.FromId} {GraphValues.Of(l.Relation)} {l.ToId}").ToList();
        return new ImportOutcome(studyId, stored.GetBoolean("stored") ? ImportChange.Updated : ImportChange.Created, Counts(graph, kept.Count), dropped);
    }

    /// <summary>
    /// A restore's part, inside the restore's one transaction over an empty graph: the study's nodes and edges in bounded
    /// batches, without a change log entry (the log is restored as it was) and without links (<see cref="WriteLinksAsync"/>,
    /// once every study is in).
    /// </summary>
    internal async Task WriteNodesAsync(IGraphTransaction tx, StudyGraph graph, CancellationToken cancellationToken)
    {
        foreach (var request in RowBatches.Split(WriteStatements(graph), BatchRows))
        {
            await tx.RunAsync(request, cancellationToken);
        }
    }

    /// <summary>Creates the links whose two ends exist, in bounded batches; returns the others as "from RELATION to".</summary>
    internal async Task<IReadOnlyList<string>> WriteLinksAsync(IGraphTransaction tx, IReadOnlyList<FindingLink> links, CancellationToken cancellationToken)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var statement = QueryCatalog.Embedded.Statement(Q.CreateLinks, new Dictionary<string, object?> { ["rows"] = StudyGraphRows.Rows(links, StudyGraphRows.Link) });
        foreach (var request in RowBatches.Split([statement], BatchRows))
        {
            kept.UnionWith((await tx.RunAsync(request, cancellationToken)).SelectMany(r => r.Records).Select(r => r.GetString("id")));
        }

        return links.Where(l => !kept.Contains(l.Id)).Select(l => $"{l.FromId} {GraphValues.Of(l.Relation)} {l.ToId}").ToList();
    }

    /// <summary>Removes the stored version in bounded pieces, then the study node itself.</summary>
    private async Task DeleteStoredAsync(IGraphTransaction tx, string studyId, CancellationToken cancellationToken)
    {
        long removed;
        do
        {
            removed = (await tx.RunAsync(
                QueryCatalog.Embedded.Statement(Q.DeleteStudyPartsBatch, new Dictionary<string, object?> { ["studyId"] = studyId, ["limit"] = BatchRows }),
                cancellationToken)).Single().GetInt64("removed");
        }
        while (removed >= BatchRows);

        await tx.RunAsync(QueryCatalog.Embedded.Statement(Q.DeleteStudy, new Dictionary<string, object?> { ["studyId"] = studyId }), cancellationToken);
    }

    /// <summary>The serializer's defaults, long strings (the QDA identity) written in pieces: the same bytes, a small buffer.</summary>
    private static readonly JsonSerializerOptions _hashJson = new() { Converters = { new LongStringConverter() } };

    /// <summary>A hash of the content, blind to when links were made, so that re-importing a document is a no-op.</summary>
    public static string ContentHash(StudyGraph graph)
    {
        var comparable = graph with { Links = graph.Links.Select(l => l with { CreatedAt = default }).ToList() };

        // The same bytes as SerializeToUtf8Bytes, hashed as they are written instead of held whole.
        using var sha = SHA256.Create();
        using (var hashing = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write))
        {
            JsonSerializer.Serialize(hashing, comparable, _hashJson);
        }

        return Convert.ToHexString(sha.Hash!);
    }

    /// <summary>The batched statements that write <paramref name="graph"/> over a deleted study, links left out (the benchmark splits them row by row).</summary>
    public static IReadOnlyList<CypherStatement> WriteStatements(StudyGraph graph) =>
        WriteStatements(graph, ContentHash(graph), DateTimeOffset.UtcNow.ToString("O"));

    private static List<CypherStatement> WriteStatements(StudyGraph g, string hash, string importedAt)
    {
        var statements = new List<CypherStatement>
        {
            QueryCatalog.Embedded.Statement(Q.CreateStudy, new Dictionary<string, object?>
            {
                ["study"] = StudyGraphRows.Study(g.Study), ["contentHash"] = hash, ["importedAt"] = importedAt,
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

        statements.RemoveAll(s => s.Parameters.TryGetValue("rows", out var rows) && rows is IReadOnlyList<Dictionary<string, object?>> { Count: 0 });
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

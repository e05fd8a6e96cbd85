using Microsoft.Extensions.Logging;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Access;
using RealistGraph.Neo4j.Changes;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Queries;
using RealistGraph.Neo4j.Suggestions;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Backup;

namespace RealistGraph.Neo4j.Backup;

/// <summary>What a restore wrote: the links it could not keep, and whether its commit was confirmed by reading the graph back.</summary>
public sealed record RestoreOutcome(IReadOnlyList<string> DroppedLinks, bool CommitAnswerLost);

/// <summary>
/// Writes a whole backup in ONE transaction (many requests of bounded batches): the graph emptied first when asked,
/// every study's nodes, then every link (so the order of the studies does not matter), the key records, the change log and
/// the rejected link suggestions. Any failure, a dropped connection included, rolls all of it back: the graph holds what it held before.
/// The restored studies carry the restore's token, written in the same transaction: when the answer to the commit is
/// lost, <see cref="RestoreCommitCheck"/> reads it back to tell written from not written.
/// </summary>
public sealed class GraphRestorer(IGraphDatabase database, StudyGraphWriter writer, ILogger<GraphRestorer> logger)
{
    public async Task<RestoreOutcome> RestoreAsync(
        IReadOnlyList<StudyGraph> studies, IReadOnlyList<StoredApiKey> keys, IReadOnlyList<Change> changes,
        IReadOnlyList<SuggestionRejection> rejections, bool emptyFirst,
        CancellationToken cancellationToken = default)
    {
        var token = Guid.NewGuid().ToString("N");
        IReadOnlyList<string>? dropped = null;
        try
        {
            await database.InTransactionAsync(async (tx, ct) =>
            {
                if (emptyFirst)
                {
                    await tx.RunAsync(QueryCatalog.Embedded.Statement(QueryNames.ClearGraph), ct);
                }

                foreach (var study in studies)
                {
                    await writer.WriteNodesAsync(tx, study, ct);
                }

                var links = studies.SelectMany(s => s.Links).DistinctBy(l => l.Id).ToList();
                var kept = await writer.WriteLinksAsync(tx, links, ct);
                await tx.RunAsync(
                    [
                        ApiKeyStore.RestoreStatement(keys), ChangeLog.RestoreStatement(changes), SuggestionStore.RestoreRejectionsStatement(rejections),
                        QueryCatalog.Embedded.Statement(Q.MarkRestored, new Dictionary<string, object?> { ["studyIds"] = studies.Select(s => s.Study.Id).ToList(), ["token"] = token }),
                    ],
                    ct);
                dropped = kept;
                return kept;
            }, cancellationToken);
            return new RestoreOutcome(dropped!, CommitAnswerLost: false);
        }
        catch (Neo4jCommitUnknownException lost) when (dropped is not null)
        {
            await new RestoreCommitCheck(database, logger).ConfirmAsync(studies.Select(s => s.Study.Id).FirstOrDefault(), token, lost);
            return new RestoreOutcome(dropped, CommitAnswerLost: true);
        }
    }
}

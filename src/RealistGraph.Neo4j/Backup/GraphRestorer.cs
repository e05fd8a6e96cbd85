using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Access;
using RealistGraph.Neo4j.Changes;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Queries;
using RealistGraph.Neo4j.Suggestions;

namespace RealistGraph.Neo4j.Backup;

/// <summary>
/// Writes a whole backup in ONE transaction (many requests of bounded batches): the graph emptied first when asked,
/// every study's nodes, then every link (so the order of the studies does not matter), the key records, the change log and
/// the rejected link suggestions. Any failure, a dropped connection included, rolls all of it back: the graph holds what it held before.
/// </summary>
public sealed class GraphRestorer(IGraphDatabase database, StudyGraphWriter writer)
{
    /// <summary>Returns the links that could not be kept (an end missing from the backup), as "from RELATION to".</summary>
    public Task<IReadOnlyList<string>> RestoreAsync(
        IReadOnlyList<StudyGraph> studies, IReadOnlyList<StoredApiKey> keys, IReadOnlyList<Change> changes,
        IReadOnlyList<SuggestionRejection> rejections, bool emptyFirst,
        CancellationToken cancellationToken = default) =>
        database.InTransactionAsync(async (tx, ct) =>
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
            var dropped = await writer.WriteLinksAsync(tx, links, ct);
            await tx.RunAsync([ApiKeyStore.RestoreStatement(keys), ChangeLog.RestoreStatement(changes), SuggestionStore.RestoreRejectionsStatement(rejections)], ct);
            return dropped;
        }, cancellationToken);
}

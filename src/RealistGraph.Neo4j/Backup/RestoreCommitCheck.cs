using Microsoft.Extensions.Logging;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Backup;

namespace RealistGraph.Neo4j.Backup;

/// <summary>
/// After a restore's commit went unanswered: reads back the token the restore wrote on its studies in its own transaction.
/// Found: the commit happened (returns). Not found: nothing was written (throws, <c>Committed</c> false). Neo4j not
/// answering even that for a few tries, or a backup without studies to carry the token: unknown (throws, and says how to find out).
/// </summary>
internal sealed class RestoreCommitCheck(IGraphDatabase database, ILogger logger)
{
    private const string CheckByHand = "Check with 'realist export' (or GraphQL) what the graph holds; run the restore again with --force if it is not what the backup holds.";

    public async Task ConfirmAsync(string? studyId, string token, Neo4jCommitUnknownException lost)
    {
        if (studyId is null)
        {
            throw new Neo4jCommitUnknownException(
                "Neo4j's answer to the commit of the restore was lost, and a backup without studies leaves nothing to read back: "
                + "whether the keys and the change log were written is unknown. " + CheckByHand, lost);
        }

        var statement = QueryCatalog.Embedded.Statement(Q.RestoreCommitted, new Dictionary<string, object?> { ["studyId"] = studyId, ["token"] = token });
        var committed = await CommitReadBack.CommittedAsync(database, statement);
        if (committed is { } known)
        {
            logger.LogWarning("The answer to the commit of a restore was lost; read back: {Committed}", known ? "committed" : "not written");
            if (known)
            {
                return;
            }

            throw new Neo4jCommitUnknownException(
                "Neo4j's answer to the commit of the restore was lost, and the graph was read back: the restore was not written; "
                + "the graph holds what it held before. Run the restore again.", lost, committed: false);
        }

        throw new Neo4jCommitUnknownException(
            "Neo4j's answer to the commit of the restore was lost and Neo4j did not answer afterwards: whether the restore was written is unknown. "
            + CheckByHand, lost);
    }
}

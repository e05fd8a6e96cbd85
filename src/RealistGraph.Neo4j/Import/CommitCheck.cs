using Microsoft.Extensions.Logging;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Import;

namespace RealistGraph.Neo4j.Import;

/// <summary>
/// After an import's commit went unanswered: reads back the content hash and import time the import wrote in its own
/// transaction. Found: the commit happened and the outcome stands. Not found: nothing was written. Neo4j not
/// answering even that, for a few tries: the outcome is unknown, and the message says how to find out.
/// </summary>
internal sealed class CommitCheck(IGraphDatabase database, ILogger logger)
{
    public async Task<ImportOutcome> ConfirmAsync(ImportOutcome written, string contentHash, string importedAt, Neo4jCommitUnknownException lost)
    {
        var studyId = written.StudyId;
        var statement = QueryCatalog.Embedded.Statement(Q.ImportCommitted, new Dictionary<string, object?>
        {
            ["studyId"] = studyId, ["contentHash"] = contentHash, ["importedAt"] = importedAt,
        });
        var committed = await CommitReadBack.CommittedAsync(database, statement);
        if (committed is { } known)
        {
            logger.LogWarning("The answer to the commit of study {Study} was lost; read back: {Committed}", studyId, known ? "committed" : "not written");
            if (known)
            {
                return written with { CommitAnswerLost = true };
            }

            throw new Neo4jCommitUnknownException(
                $"Neo4j's answer to the commit of study '{studyId}' was lost, and the graph was read back: the study was not written; "
                + "the graph holds what it held before. Import it again.", lost, committed: false);
        }

        throw new Neo4jCommitUnknownException(
            $"Neo4j's answer to the commit of study '{studyId}' was lost and Neo4j did not answer afterwards: whether the study was written is unknown. "
            + $"Check with 'realist export --study {studyId}', or import the same file again once Neo4j answers (an identical study is left unchanged).",
            lost);
    }
}

namespace RealistGraph.Neo4j.Client;

/// <summary>
/// After a commit whose answer was lost: runs a statement answering one row with a <c>committed</c> column, a few
/// times while Neo4j is unavailable. True or false: what the graph says; null: Neo4j did not answer at all.
/// </summary>
internal static class CommitReadBack
{
    private static readonly TimeSpan[] Pauses = [TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)];

    public static async Task<bool?> CommittedAsync(IGraphDatabase database, CypherStatement check)
    {
        foreach (var pause in Pauses)
        {
            try
            {
                // No caller's token: the caller must learn what happened even when it is being cancelled.
                return (await database.RunAsync(check, CancellationToken.None)).Single().GetBoolean("committed");
            }
            catch (Neo4jUnavailableException)
            {
                await Task.Delay(pause);
            }
        }

        return null;
    }
}

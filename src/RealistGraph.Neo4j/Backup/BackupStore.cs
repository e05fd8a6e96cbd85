using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using B = RealistGraph.Neo4j.Queries.QueryNames.Backup;

namespace RealistGraph.Neo4j.Backup;

/// <summary>The one read of a backup that the other stores do not have (the restore is <see cref="GraphRestorer"/>).</summary>
public sealed class BackupStore(IGraphDatabase database)
{
    public async Task<IReadOnlyList<string>> StudyIdsAsync(CancellationToken cancellationToken = default) =>
        (await database.RunAsync(Statement(B.StudyIds, []), cancellationToken)).Records.Select(r => r.GetString("id")).ToList();

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) => QueryCatalog.Embedded.Statement(name, parameters);
}

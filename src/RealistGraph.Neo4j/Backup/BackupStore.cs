using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using B = RealistGraph.Neo4j.Queries.QueryNames.Backup;

namespace RealistGraph.Neo4j.Backup;

/// <summary>The few graph operations of backup and restore that the other stores do not have.</summary>
public sealed class BackupStore(IGraphDatabase database)
{
    public async Task<IReadOnlyList<string>> StudyIdsAsync(CancellationToken cancellationToken = default) =>
        (await database.RunAsync(Statement(B.StudyIds, []), cancellationToken)).Records.Select(r => r.GetString("id")).ToList();

    public Task ForgetContentHashAsync(string studyId, CancellationToken cancellationToken = default) =>
        database.RunAsync(Statement(B.ForgetContentHash, new() { ["studyId"] = studyId }), cancellationToken);

    public Task DropChangesExceptAsync(IReadOnlyCollection<string> keep, CancellationToken cancellationToken = default) =>
        database.RunAsync(Statement(B.DropChangesExcept, new() { ["keep"] = keep.ToList() }), cancellationToken);

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) => QueryCatalog.Embedded.Statement(name, parameters);
}

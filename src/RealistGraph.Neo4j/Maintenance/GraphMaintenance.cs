using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.Neo4j.Maintenance;

/// <summary>Whole-graph housekeeping: how many studies it holds, and emptying it (tests and benchmarks only).</summary>
public sealed class GraphMaintenance(IGraphDatabase database)
{
    public async Task<long> CountStudiesAsync(CancellationToken cancellationToken = default) =>
        (await database.RunAsync(QueryCatalog.Embedded.Statement(QueryNames.CountStudies), cancellationToken)).Single().GetInt64("studies");

    /// <summary>Deletes every study and link; the record of applied schema migrations stays.</summary>
    public Task ClearAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync(QueryCatalog.Embedded.Statement(QueryNames.ClearGraph), cancellationToken);
}

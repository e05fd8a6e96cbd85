using Microsoft.Extensions.Logging;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.Neo4j.Schema;

/// <summary>
/// Applies the DDL files of <c>cypher/schema/v3</c> or <c>v5</c> (chosen by the server's version) in name order,
/// each once: applied migrations are recorded as <c>(:SchemaMigration {id})</c> nodes. Schema and data writes
/// cannot share a transaction in Neo4j, so each DDL statement runs on its own.
/// Runs of one process take turns: two DDL statements at once deadlock on Neo4j's schema lock (both hold it shared and
/// wait to hold it alone), which a host's start-up migration and a caller's own (the benchmark, the tests) used to do.
/// </summary>
public sealed class SchemaMigrator(IGraphDatabase database, ILogger<SchemaMigrator> logger) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private int _applied;

    public bool IsUpToDate => Volatile.Read(ref _applied) == 1;

    public void Dispose() => _oneAtATime.Dispose();

    /// <summary>Applies the migrations the graph has not recorded; returns their names (none when it is up to date).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await MigrateInTurnAsync(cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<IReadOnlyList<string>> MigrateInTurnAsync(CancellationToken cancellationToken)
    {
        var version = await ServerVersionAsync(cancellationToken);
        var folder = version.Major >= 4 ? "schema/v5/" : "schema/v3/";
        var pending = QueryCatalog.Embedded.Names.Where(n => n.StartsWith(folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var done = (await database.RunAsync(QueryCatalog.Embedded.Statement(QueryNames.AppliedMigrations), cancellationToken))
            .Records.Select(r => r.GetString("id")).ToHashSet(StringComparer.Ordinal);

        var appliedNow = new List<string>();
        foreach (var migration in pending.Where(m => !done.Contains(m)))
        {
            foreach (var ddl in QueryCatalog.Embedded.Statements(migration))
            {
                await database.RunAsync(new CypherStatement(ddl) { Name = migration }, cancellationToken);
            }

            await database.RunAsync(
                QueryCatalog.Embedded.Statement(QueryNames.RecordMigration, new Dictionary<string, object?>
                {
                    ["id"] = migration,
                    ["appliedAt"] = DateTimeOffset.UtcNow.ToString("O"),
                }),
                cancellationToken);
            logger.LogInformation("Applied schema migration {Migration}", migration);
            appliedNow.Add(migration);
        }

        Volatile.Write(ref _applied, 1);
        return appliedNow;
    }

    public async Task<Version> ServerVersionAsync(CancellationToken cancellationToken = default)
    {
        var rows = await database.RunAsync(QueryCatalog.Embedded.Statement(QueryNames.ServerComponents), cancellationToken);
        var kernel = rows.Records.FirstOrDefault(r => r.GetString("name") == "Neo4j Kernel") ?? rows.Records[0];
        var text = kernel.GetStrings("versions")[0];
        var numeric = new string(text.TakeWhile(c => char.IsDigit(c) || c == '.').ToArray());
        return Version.TryParse(!numeric.Contains('.', StringComparison.Ordinal) ? numeric + ".0" : numeric, out var v) ? v : new Version(5, 0);
    }
}

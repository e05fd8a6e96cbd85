using RealistGraph.Application.Studies;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Schema;

namespace RealistGraph.Api.Hosting;

/// <summary>
/// Brings the graph to a usable state in the background after the host starts: schema migrations, then the
/// sample studies when asked for and the graph is empty. Retries while Neo4j is not up yet; until it is done
/// <c>/health/ready</c> answers 503 (see <see cref="GraphReadiness"/>).
/// </summary>
public sealed class GraphStartup(
    SchemaMigrator migrator, SampleLoader samples, GraphReadiness readiness, ILogger<GraphStartup> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Migrations, then the sample check and import, in order: on a cluster each waits for the one before.
        using var bookmarks = BookmarkScope.Begin(null, out _);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await migrator.MigrateAsync(stoppingToken);
                await samples.LoadIfEmptyAsync(stoppingToken);
                readiness.SamplesLoaded();
                return;
            }
            catch (Neo4jUnavailableException ex)
            {
                logger.LogWarning("Neo4j is not reachable yet ({Message}); attempt {Attempt}, retrying", ex.Message, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(10, attempt)), stoppingToken);
            }
        }
    }
}

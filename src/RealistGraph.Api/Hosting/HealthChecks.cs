using Microsoft.Extensions.Diagnostics.HealthChecks;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Schema;

namespace RealistGraph.Api.Hosting;

/// <summary>The checks behind <c>/health/ready</c>: start-up work done, and Neo4j answering within a short time.</summary>
public static class HealthChecks
{
    public const string ReadyTag = "ready";

    /// <summary>A Neo4j that accepts connections but never answers must not hold a probe for a minute.</summary>
    public static readonly TimeSpan Neo4jCheckTimeout = TimeSpan.FromSeconds(2.5);

    public static IServiceCollection AddRealistGraphHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<GraphReadiness>();
        services.AddHealthChecks()
            .AddCheck<StartupCheck>("startup", tags: [ReadyTag])
            .AddCheck<Neo4jCheck>("neo4j", tags: [ReadyTag], timeout: Neo4jCheckTimeout);
        return services;
    }

    /// <summary>Migrations applied and, when samples are loaded at start, the samples in.</summary>
    public sealed class StartupCheck(GraphReadiness readiness) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(readiness.WaitingFor is { } waiting ? HealthCheckResult.Unhealthy(waiting) : HealthCheckResult.Healthy());
    }

    /// <summary>Neo4j answers a query (its version, reported as <c>neo4j</c>).</summary>
    public sealed class Neo4jCheck(SchemaMigrator migrator) : IHealthCheck
    {
        public const string VersionKey = "neo4j";

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Neo4jCheckTimeout);
            try
            {
                var version = await migrator.ServerVersionAsync(timeout.Token);
                return HealthCheckResult.Healthy(data: new Dictionary<string, object> { [VersionKey] = version.ToString() });
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy($"Neo4j did not answer within {Neo4jCheckTimeout.TotalSeconds:0.#} s");
            }
            catch (Neo4jException)
            {
                return HealthCheckResult.Unhealthy("Neo4j does not answer");
            }
        }
    }
}

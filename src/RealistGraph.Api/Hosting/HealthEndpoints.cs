using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Schema;

namespace RealistGraph.Api.Hosting;

public static class HealthEndpoints
{
    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: Neo4j answers and the schema is migrated.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
        app.MapGet("/health/ready", async (SchemaMigrator migrator, CancellationToken ct) =>
        {
            if (!migrator.IsUpToDate)
            {
                return Results.Json(new { status = "starting", reason = "schema migrations have not been applied yet" }, statusCode: 503);
            }

            try
            {
                var version = await migrator.ServerVersionAsync(ct);
                return Results.Ok(new { status = "ready", neo4j = version.ToString() });
            }
            catch (Neo4jException)
            {
                return Results.Json(new { status = "unavailable", reason = "Neo4j does not answer" }, statusCode: 503);
            }
        });
    }
}

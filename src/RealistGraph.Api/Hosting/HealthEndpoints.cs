using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RealistGraph.Api.Hosting;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/health/live</c>: the process answers (no check runs). <c>/health/ready</c>: the checks tagged
    /// <see cref="HealthChecks.ReadyTag"/>: 200 <c>{"status":"ready","neo4j":"5.x"}</c>, else 503 with
    /// <c>status</c> <c>starting</c> or <c>unavailable</c> and a <c>reason</c>.
    /// </summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = (context, _) => WriteAsync(context, new { status = "live" }),
        });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthChecks.ReadyTag),
            ResponseWriter = (context, report) => WriteAsync(context, ReadyBody(report)),
        });
    }

    private static object ReadyBody(HealthReport report)
    {
        var neo4j = report.Entries.TryGetValue("neo4j", out var db) ? db : default;
        var version = neo4j.Data?.TryGetValue(HealthChecks.Neo4jCheck.VersionKey, out var v) == true ? v as string : null;
        var checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description });
        if (report.Status == HealthStatus.Healthy)
        {
            return new { status = "ready", neo4j = version, checks };
        }

        var failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).ToList();
        var databaseDown = failing.Any(e => e.Key == "neo4j");
        var reason = string.Join("; ", failing.Select(e => e.Value.Description ?? e.Key));
        return new { status = databaseDown ? "unavailable" : "starting", reason, neo4j = version, checks };
    }

    private static Task WriteAsync(HttpContext context, object body)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}

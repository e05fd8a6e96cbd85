using RealistGraph.Neo4j.Client;

namespace RealistGraph.Api.Hosting;

/// <summary>
/// Causal consistency across requests and replicas: each HTTP request runs in its own <see cref="BookmarkScope"/>,
/// started from the bookmarks the client sends in <c>Neo4j-Bookmarks</c> and answered with the scope's latest
/// bookmarks in the same header. A client that sends back what it got reads its own writes through any replica of the
/// service and any member of the cluster. Against a single server (or Neo4j 3.x) the header is simply absent.
/// </summary>
public static class BookmarkPassing
{
    public const string HeaderName = "Neo4j-Bookmarks";

    public static IApplicationBuilder UseNeo4jBookmarks(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var sent = context.Request.Headers[HeaderName]
                .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            using var _ = BookmarkScope.Begin(sent, out var scope);
            context.Response.OnStarting(() =>
            {
                if (scope.Latest.Count > 0)
                {
                    context.Response.Headers[HeaderName] = string.Join(", ", scope.Latest);
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
}

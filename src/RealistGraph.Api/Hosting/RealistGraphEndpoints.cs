using RealistGraph.Api.GraphQL.Http;

namespace RealistGraph.Api.Hosting;

public static class RealistGraphEndpoints
{
    /// <summary>The routes: GraphQL, health, and the web pages (cogs, GraphiQL) as static files.</summary>
    public static WebApplication MapRealistGraph(this WebApplication app)
    {
        app.UseIdleMemoryReturn();
        app.UseRequestSafety();
        app.UseRealistAccess();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseNeo4jBookmarks();
        app.MapGraphQL("/graphql");
        app.MapExports();
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RealistOptions>>().Value;
        if (options.Introspection)
        {
            app.MapGet("/graphql/schema.graphql", (global::GraphQL.Types.ISchema schema) => Results.Text(SchemaDocument.Print(schema), "text/plain; charset=utf-8"));
        }

        if (options.GraphiQL)
        {
            app.MapGet("/graphiql", () => Results.Redirect("/graphiql/index.html"));
        }

        app.MapHealth();
        return app;
    }
}

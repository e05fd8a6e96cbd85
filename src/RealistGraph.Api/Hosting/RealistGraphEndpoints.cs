using RealistGraph.Api.GraphQL.Http;

namespace RealistGraph.Api.Hosting;

public static class RealistGraphEndpoints
{
    /// <summary>The routes: GraphQL, health, and the web pages (cogs, GraphiQL) as static files.</summary>
    public static WebApplication MapRealistGraph(this WebApplication app)
    {
        app.UseRealistAccess();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGraphQL("/graphql");
        app.MapGet("/graphql/schema.graphql", (global::GraphQL.Types.ISchema schema) => Results.Text(SchemaDocument.Print(schema), "text/plain; charset=utf-8"));
        app.MapGet("/graphiql", () => Results.Redirect("/graphiql/index.html"));
        app.MapHealth();
        return app;
    }
}

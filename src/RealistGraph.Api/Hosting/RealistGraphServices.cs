using GraphQL;
using RealistGraph.Api.GraphQL.Errors;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Api.GraphQL.Schema;
using RealistGraph.Application;
using RealistGraph.Application.Studies;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Api.Hosting;

public static class RealistGraphServices
{
    /// <summary>Everything the service needs: settings, the use cases over Neo4j, GraphQL, and start-up work.</summary>
    public static WebApplicationBuilder AddRealistGraph(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var realist = configuration.GetSection(RealistOptions.SectionName).Get<RealistOptions>() ?? new RealistOptions();
        builder.Services.Configure<RealistOptions>(configuration.GetSection(RealistOptions.SectionName));

        builder.Services.AddRealistGraphApplication(neo4j =>
        {
            configuration.GetSection(Neo4jOptions.SectionName).Bind(neo4j);

            // The variables the README documents, which Neo4j's own tools use too, win over appsettings.
            neo4j.Url = configuration["NEO4J_URL"] ?? neo4j.Url;
            neo4j.User = configuration["NEO4J_USER"] ?? neo4j.User;
            neo4j.Password = configuration["NEO4J_PASSWORD"] ?? neo4j.Password;
            neo4j.Database = configuration["NEO4J_DATABASE"] ?? neo4j.Database;
        });
        builder.Services.AddSingleton(new SampleSettings(realist.LoadSamples, realist.SamplesPath, builder.Environment.ContentRootPath));
        builder.Services.AddHostedService<GraphStartup>();
        builder.AddRealistAccess();

        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<RealistSchema>()
            .AddGraphTypes(typeof(RealistSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = realist.MaxQueryDepth;
                c.MaxComplexity = realist.MaxQueryComplexity;

                // Lists here are small (a study has tens of themes, a theme tens of quotes); the default guess of a
                // larger fan-out at every level made ordinary six-level reads look millions strong.
                c.DefaultListImpactMultiplier = 3;

            })
            .AddErrorInfoProvider(e => e.ExposeExceptionDetails = false)
            .AddUnhandledExceptionHandler(GraphErrors.Translate));
        return builder;
    }
}

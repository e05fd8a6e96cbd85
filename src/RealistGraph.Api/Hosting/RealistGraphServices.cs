using GraphQL;
using GraphQL.DI;
using RealistGraph.Api.GraphQL.Errors;
using RealistGraph.Api.GraphQL.Execution;
using RealistGraph.Api.GraphQL.Http;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Api.GraphQL.Schema;
using RealistGraph.Application;
using RealistGraph.Application.Studies;

namespace RealistGraph.Api.Hosting;

public static class RealistGraphServices
{
    /// <summary>Everything the service needs: settings, the use cases over Neo4j, GraphQL, and start-up work.</summary>
    public static WebApplicationBuilder AddRealistGraph(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var realist = configuration.GetSection(RealistOptions.SectionName).Get<RealistOptions>() ?? new RealistOptions();
        builder.Services.Configure<RealistOptions>(configuration.GetSection(RealistOptions.SectionName));

        builder.Services.AddRealistGraphApplication(configuration.Neo4jOptionsFrom());
        builder.Services.AddSingleton(new SampleSettings(realist.LoadSamples, realist.SamplesPath, builder.Environment.ContentRootPath));
        builder.Services.AddHostedService<GraphStartup>();
        builder.Services.AddSingleton<IdleMemoryReturn>();
        builder.Services.AddHostedService(services => services.GetRequiredService<IdleMemoryReturn>());
        builder.Services.AddRealistGraphHealthChecks();
        builder.AddRequestSafety();
        builder.AddRealistAccess();

        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddScoped<ChildPageLoaders>();
        builder.Services.AddSingleton<ValidationRuleSets>();
        builder.Services.AddSingleton<ValidatedDocumentCache>();
        builder.Services.AddSingleton<IConfigureExecution>(services => services.GetRequiredService<ValidatedDocumentCache>());
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<RealistSchema>()
            .AddGraphTypes(typeof(RealistSchema).Assembly)
            .AddExecutionStrategy<FlatListExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddSystemTextJson(json =>
            {
                json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
                json.Converters.Add(new FlatObjectCollectionJsonConverter());
            })
            .AddErrorInfoProvider(e => e.ExposeExceptionDetails = false)
            .AddUnhandledExceptionHandler(GraphErrors.Translate));
        return builder;
    }
}

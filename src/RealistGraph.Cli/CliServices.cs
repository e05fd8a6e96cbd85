using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RealistGraph.Application;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Cli;

/// <summary>The application's services for one CLI run, configured from the same variables as the API.</summary>
public static class CliServices
{
    /// <summary>The local server of <c>./realist up</c>; NEO4J_URL names any other.</summary>
    public const string DefaultNeo4jUrl = "http://127.0.0.1:17474";

    public static ServiceProvider Build(Func<string, string?> environment)
    {
        var services = new ServiceCollection();

        // The CLI reports outcomes itself; the library's log lines would repeat them.
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddRealistGraphApplication(neo4j =>
        {
            // The same variables as the service (NEO4J_URI, NEO4J_USERNAME, ... as in an Aura .env file).
            neo4j.Url = DefaultNeo4jUrl;
            Neo4jEnvironment.Apply(neo4j, environment);
        });
        return services.BuildServiceProvider();
    }
}

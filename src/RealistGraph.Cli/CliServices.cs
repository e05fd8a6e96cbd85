using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RealistGraph.Application;

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
            neo4j.Url = NonEmpty(environment("NEO4J_URL")) ?? DefaultNeo4jUrl;
            neo4j.User = NonEmpty(environment("NEO4J_USER")) ?? neo4j.User;
            neo4j.Password = environment("NEO4J_PASSWORD") ?? neo4j.Password;
            neo4j.Database = NonEmpty(environment("NEO4J_DATABASE")) ?? neo4j.Database;
        });
        return services.BuildServiceProvider();
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

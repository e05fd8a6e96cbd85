using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RealistGraph.Application;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Schema;

namespace RealistGraph.Cli;

/// <summary>
/// What the API's host does at start, done for one CLI run when a command first needs the graph: the application's
/// services, configured from the same NEO4J_* variables as the API, and the schema migrated. Commands ask for the
/// services and never migrate themselves; <c>validate</c> never asks, so it touches no database.
/// </summary>
public sealed class CliHost(Func<string, string?> environment) : IAsyncDisposable
{
    /// <summary>The local server of <c>./realist up</c>; NEO4J_URL names any other.</summary>
    public const string DefaultNeo4jUrl = "http://127.0.0.1:17474";

    // Typed IServiceProvider, Microsoft.Extensions used only in methods a graph command calls: a run that never needs
    // the graph (validate) never loads those assemblies, which the test projects' output folder does not carry.
    private IServiceProvider? _services;
    private bool _ready;

    /// <summary>The services over a graph whose schema is up to date.</summary>
    public async Task<IServiceProvider> GraphAsync(CancellationToken cancellationToken)
    {
        _services ??= Build();
        if (!_ready)
        {
            await MigrateAsync(_services, cancellationToken);
            _ready = true;
        }

        return _services;
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is IAsyncDisposable services)
        {
            await services.DisposeAsync();
        }
    }

    private static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);

    private ServiceProvider Build()
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

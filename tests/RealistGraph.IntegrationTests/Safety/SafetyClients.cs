using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.IntegrationTests.Safety;

/// <summary>Clients of the test Neo4j with their own time bounds, so that waits and rollbacks are seen within seconds.</summary>
internal static class SafetyClients
{
    public static (GraphDatabase Database, Neo4jConnection Connection) Database(TimeSpan stepTimeout)
    {
        var options = Options.Create(new Neo4jOptions
        {
            Url = Environment.GetEnvironmentVariable("NEO4J_URL")!,
            User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            TransactionStepTimeout = stepTimeout,
            MaxTransientRetries = 0,
        });
        var connection = new Neo4jConnection(options, NullLogger<Neo4jConnection>.Instance);
        return (new GraphDatabase(connection, NullLogger<GraphDatabase>.Instance), connection);
    }
}

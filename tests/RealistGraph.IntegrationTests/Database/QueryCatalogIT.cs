using System.Text.RegularExpressions;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.IntegrationTests.Database;

/// <summary>
/// Every query file is accepted by the real server's planner. That the files are embedded, named and used is
/// checked without a server by <c>RealistGraph.Neo4j.Tests/Queries/QueryCatalogTests</c>.
/// </summary>
public sealed partial class QueryCatalogIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task Every_query_is_accepted_by_the_test_servers_planner()
    {
        var failures = new List<string>();
        foreach (var name in QueryCatalog.Embedded.Names.Where(n => n.StartsWith("queries/", StringComparison.Ordinal)))
        {
            var text = QueryCatalog.Embedded.Text(name);
            var parameters = Parameter().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToDictionary(p => p, _ => (object?)null);
            try
            {
                await Fixture.Database.RunAsync(new CypherStatement("EXPLAIN " + text, parameters));
            }
            catch (Neo4jException ex)
            {
                failures.Add($"{name}: {ex.Code} {ex.ServerMessage}");
            }
        }

        Assert.Empty(failures);
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}

using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.IntegrationTests.Infrastructure;

/// <summary>Runs a <c>child-pages/*</c> query by name, as the reader does, and answers its raw rows.</summary>
internal static class ChildPageRows
{
    public static async Task<IReadOnlyList<CypherRecord>> ReadAsync(RealistGraphFixture fixture, string query, IReadOnlyList<string> ids, int skip, int limit) =>
        (await fixture.Database.RunAsync(new CypherStatement(QueryCatalog.Embedded.Text(query), new Dictionary<string, object?>
        {
            ["ids"] = ids, ["skip"] = skip, ["limit"] = limit, ["withText"] = false,
        }))).Records;
}

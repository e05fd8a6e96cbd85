using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Schema;

namespace RealistGraph.IntegrationTests.Database;

public sealed class SchemaAndHealthIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task Migrations_are_recorded_in_the_graph_and_a_second_run_applies_nothing()
    {
        var migrator = Fixture.Services.GetRequiredService<SchemaMigrator>();

        var again = await migrator.MigrateAsync();
        var recorded = (await Fixture.Database.RunAsync(new CypherStatement("MATCH (m:SchemaMigration) RETURN m.id AS id ORDER BY id")))
            .Records.Select(r => r.GetString("id")).ToList();

        Assert.Empty(again);
        Assert.Equal(["schema/v3/001-unique-ids", "schema/v3/002-lookup-indexes", "schema/v3/003-every-finding-kind", "schema/v3/004-suggestion-rejections", "schema/v3/005-keys-changes-lookups"], recorded);
        Assert.True(migrator.IsUpToDate);
    }

    [Fact]
    public async Task Every_label_has_a_uniqueness_constraint_on_its_id()
    {
        var constraints = await Fixture.Database.RunAsync(new CypherStatement("CALL db.constraints() YIELD description RETURN description"));
        var labels = constraints.Records.Select(r => r.GetString("description")).ToList();

        foreach (var label in new[] { "Study", "Theme", "Quote", "Participant", "Domain", "CmoConfiguration", "Finding", "SuggestionRejection" })
        {
            Assert.Contains(labels, d => d.Contains($":{label} )", StringComparison.Ordinal) && d.Contains("IS UNIQUE", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Health_says_live_and_ready_with_the_servers_version()
    {
        using var live = await Fixture.Http.GetAsync("/health/live");
        using var ready = await Fixture.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.StartsWith("3.1", body.GetProperty("neo4j").GetString(), StringComparison.Ordinal);
    }
}

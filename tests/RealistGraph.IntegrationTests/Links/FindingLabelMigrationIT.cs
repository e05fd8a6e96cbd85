using Microsoft.Extensions.DependencyInjection;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Schema;

namespace RealistGraph.IntegrationTests.Links;

/// <summary>A graph stored before links joined every kind gets the Finding label on its contexts, outcomes, interventions, functions and activities.</summary>
public sealed class FindingLabelMigrationIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string Migration = "schema/v3/003-every-finding-kind";

    [Fact]
    public async Task Older_nodes_of_every_kind_become_findings_and_other_nodes_do_not()
    {
        await Fixture.Database.RunAsync(new CypherStatement("""
            CREATE (:Context:StudyPart {id: 'old/ctx', studyId: 'old'}), (:Outcome:StudyPart {id: 'old/out', studyId: 'old'}),
                   (:Intervention:StudyPart {id: 'old/int', studyId: 'old'}), (:Function:StudyPart {id: 'old/fn', studyId: 'old'}),
                   (:Activity:StudyPart {id: 'old/act', studyId: 'old'}), (:Quote:StudyPart {id: 'old/q', studyId: 'old'}),
                   (:Participant:StudyPart {id: 'old/p', studyId: 'old'})
            """));
        await Fixture.Database.RunAsync(new CypherStatement(
            "MATCH (m:SchemaMigration {id: $id}) DELETE m", new Dictionary<string, object?> { ["id"] = Migration }));

        var applied = await Fixture.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();

        Assert.Equal([Migration], applied);
        var findings = (await Fixture.Database.RunAsync(new CypherStatement("MATCH (n:Finding {studyId: 'old'}) RETURN n.id AS id ORDER BY id")))
            .Records.Select(r => r.GetString("id"));
        Assert.Equal(["old/act", "old/ctx", "old/fn", "old/int", "old/out"], findings);
    }
}

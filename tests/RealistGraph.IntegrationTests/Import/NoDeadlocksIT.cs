using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Studies;
using RealistGraph.IntegrationTests.Hosting;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Schema;

namespace RealistGraph.IntegrationTests.Import;

/// <summary>
/// Issue 11's deadlock retries: a service starting on a graph without its schema migrates in the background while its
/// caller (the benchmark, the tests' fixture) migrates too, then loads the seed into the empty graph, then studies are
/// imported one after another, and one replaced. Two migrations at once deadlocked on Neo4j's schema lock (10–17 retries a start); now
/// nothing is retried at all. The retries are counted by the new service's own client.
/// </summary>
public sealed class NoDeadlocksIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private static readonly string SchemaFolder = Path.Combine(RepositoryPaths.Root, "cypher", "schema", "v3");

    private static readonly string[] StudiesOneAfterAnother =
    [
        RepositoryPaths.SyntheticStudy,
        Path.Combine(RepositoryPaths.Fixtures, "suggestions", "graduate-nurse-transition.yaml"),
        Path.Combine(RepositoryPaths.Fixtures, "suggestions", "nurse-preceptorship.yaml"),
    ];

    [Fact]
    public async Task Starting_on_a_graph_without_schema_loading_the_seed_and_importing_study_after_study_retries_nothing()
    {
        await DropSchemaAsync();
        var settings = ServiceHost.OnTestNeo4j();
        settings["Realist:LoadSamples"] = "true";
        settings["Realist:SamplesPath"] = RepositoryPaths.Samples;
        await using var service = ServiceHost.Start(settings);
        var client = (GraphDatabase)service.Services.GetRequiredService<IGraphDatabase>();

        // What the benchmark and the fixture do right after starting a host, while its start-up migration runs.
        var applied = await service.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        await WaitUntilReadyAsync(service);
        var importer = service.Services.GetRequiredService<StudyImportService>();
        var outcomes = new List<ImportOutcome>();
        foreach (var path in StudiesOneAfterAnother)
        {
            outcomes.Add(await importer.ImportFileAsync(path));
        }

        // And one of them again, changed: the stored version is deleted in pieces and written anew.
        var changed = (await File.ReadAllTextAsync(RepositoryPaths.SyntheticStudy)).Replace("title: \"SYNTHETIC TEST FIXTURE:", "title: \"CHANGED:", StringComparison.Ordinal);
        var replaced = await importer.ImportTextAsync(changed);

        var stored = (await Fixture.Database.RunAsync(new CypherStatement("MATCH (s:Study) RETURN count(s) AS n"))).Single().GetInt64("n");
        Assert.Equal(RepositoryPaths.SampleFiles.Count + StudiesOneAfterAnother.Length, stored);
        Assert.All(outcomes, o => Assert.Equal(ImportChange.Created, o.Change));
        Assert.Equal(ImportChange.Updated, replaced.Change);
        var migrations = Directory.GetFiles(SchemaFolder, "*.cypher").Length;
        Assert.True(applied.Count == 0 || applied.Count == migrations, $"the caller's migration applied part of them: {string.Join(", ", applied)}");
        Assert.Equal(0, client.DeadlockRetries);
        Assert.Equal(0, client.TransientRetries);
    }

    /// <summary>Undoes the v3 DDL and forgets the migrations, so that the next start applies them again (as on a new server).</summary>
    private async Task DropSchemaAsync()
    {
        var drops = Directory.GetFiles(SchemaFolder, "*.cypher")
            .SelectMany(file => File.ReadAllText(file).Split(';'))
            .Select(text => string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim())
            .Where(ddl => ddl.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal) || ddl.StartsWith("CREATE INDEX", StringComparison.Ordinal))
            .Select(ddl => "DROP" + ddl["CREATE".Length..])
            .ToList();
        Assert.NotEmpty(drops);
        foreach (var drop in drops)
        {
            await Fixture.Database.RunAsync(new CypherStatement(drop));
        }

        await Fixture.Database.RunAsync(new CypherStatement("MATCH (m:SchemaMigration) DELETE m"));
    }

    private static async Task WaitUntilReadyAsync(ServiceHost service)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (_, body) = await service.ReadyAsync();
            if (body.GetProperty("status").GetString() == "ready")
            {
                return;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), "the service never became ready; last reply " + body);
            await Task.Delay(100);
        }
    }
}

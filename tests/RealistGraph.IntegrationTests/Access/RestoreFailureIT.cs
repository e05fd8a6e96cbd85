using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Cli;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Cli;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Access;
using RealistGraph.Neo4j.Changes;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.IntegrationTests.Access;

/// <summary>
/// <c>realist restore --force</c> of a backup that is bad, truncated or conflicts with itself, or whose connection is cut
/// at its commit, changes nothing: the emptying of the graph is part of the one transaction and is rolled back too.
/// </summary>
public sealed class RestoreFailureIT(RealistGraphFixture fixture) : GraphTest(fixture), IAsyncLifetime
{
    private const string Seed = "brooks-2023-bsme";
    private string _folder = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
        _folder = Directory.CreateTempSubdirectory("realist-restore-").FullName;
        Assert.Equal(0, (await CliRun.RunAsync("backup", _folder)).ExitCode);

        // The graph now differs from the backup, so a restore that took effect, even in part, would show.
        await Fixture.DataAsync("""mutation { deleteStudy(id: "synthetic-peer-mentoring") { id } }""");
        await Fixture.DataAsync("""mutation { createContext(input: {studyId: "brooks-2023-bsme", id: "after-backup", description: "Made after the backup"}) { id } }""");
    }

    async Task IAsyncLifetime.DisposeAsync() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_truncated_study_file_is_named_and_nothing_changes()
    {
        var file = Path.Combine(_folder, "studies", Seed + ".yaml");
        var text = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, text[..(text.Length / 2)]);
        var before = await StateAsync();

        var run = await CliRun.RunAsync("restore", _folder, "--force");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains(Seed + ".yaml is not a valid study document", run.Error);
        Assert.Contains("nothing was restored", run.Error);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task A_truncated_change_log_file_is_refused_and_nothing_changes()
    {
        var file = Path.Combine(_folder, "changes.json");
        var text = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, text[..(text.Length * 2 / 3)]);
        var before = await StateAsync();

        var run = await CliRun.RunAsync("restore", _folder, "--force");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("changes.json is not a backup file", run.Error);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task A_backup_that_Neo4j_refuses_half_way_is_rolled_back_whole_emptying_included()
    {
        // Every file is valid, but the manifest lists the seed twice: the second write of it breaks the uniqueness
        // constraint after the graph was emptied and the first studies were written, all in the one transaction.
        var manifestPath = Path.Combine(_folder, "manifest.json");
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!;
        manifest["studies"]!.AsArray().Add(Seed);
        await File.WriteAllTextAsync(manifestPath, manifest.ToJsonString());
        var before = await StateAsync();

        var run = await CliRun.RunAsync("restore", _folder, "--force");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("rolled back", run.Error);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task A_restore_whose_connection_is_cut_at_its_commit_changes_nothing()
    {
        await using var proxy = new CommitCuttingProxy(new Uri(Environment.GetEnvironmentVariable("NEO4J_URL")!), CommitCuttingProxy.Cut.BeforeCommit, armedBy: "contentHash");
        var before = await StateAsync();

        var run = await CliProcess.RunAsync(proxy.Url, "restore", _folder, "--force");

        Assert.Equal(1, proxy.CommitsCut);
        Assert.True(run.ExitCode == ExitCodes.Unavailable, run.ToString());
        Assert.Equal(before, await StateAsync());
    }

    /// <summary>The stored studies as documents, the node and relationship counts, the keys and the change log, as one comparable text.</summary>
    private async Task<string> StateAsync()
    {
        var parts = new List<string>();
        foreach (var id in new[] { Seed, "synthetic-peer-mentoring" })
        {
            parts.Add((await Fixture.Exporter.ExportAsync(id)) is { } document ? StudyDocumentWriter.ToYaml(document) : id + ": absent");
        }

        var counts = await Fixture.Database.RunAsync(new CypherStatement(
            "MATCH (n) WHERE NOT n:SchemaMigration WITH labels(n) AS ls, count(*) AS c UNWIND ls AS l RETURN l + ' ' + toString(sum(c)) AS line ORDER BY line"));
        parts.AddRange(counts.Records.Select(r => r.GetString("line")));
        var relationships = await Fixture.Database.RunAsync(new CypherStatement("MATCH ()-[r]->() RETURN type(r) + ' ' + toString(count(*)) AS line ORDER BY line"));
        parts.AddRange(relationships.Records.Select(r => r.GetString("line")));
        parts.AddRange((await Fixture.Services.GetRequiredService<ApiKeyStore>().AllAsync()).Select(k => k.ToString()));
        parts.AddRange((await Fixture.Services.GetRequiredService<ChangeLog>().AllAsync()).Select(c => c.ToString()));
        return string.Join("\n", parts);
    }
}

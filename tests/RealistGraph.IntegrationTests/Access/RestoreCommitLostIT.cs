using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Cli;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Cli;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Maintenance;

namespace RealistGraph.IntegrationTests.Access;

/// <summary>
/// <c>realist restore</c> talking to the real Neo4j through a proxy that cuts the connection at the restore's commit,
/// once Neo4j has committed or before the commit reaches it. What the CLI reports and what the graph holds must agree:
/// the restore reads back the token it wrote on its studies in its own transaction.
/// </summary>
public sealed class RestoreCommitLostIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string Late = """{ context(id: "brooks-2023-bsme/late") { id } }""";

    [Fact]
    public async Task A_restore_whose_commit_answer_is_lost_is_read_back_and_reported_as_written()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await WithBackupAsync(async folder =>
        {
            await Fixture.Services.GetRequiredService<GraphMaintenance>().ClearAsync();
            await using var proxy = new CommitCuttingProxy(Neo4jUri, CommitCuttingProxy.Cut.AfterCommit, armedBy: "restoreToken");

            var run = await RestoreThroughAsync(proxy, folder);

            Assert.Equal(1, proxy.CommitsCut);
            Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
            Assert.Contains("restored 1 studies", run.Error, StringComparison.Ordinal);
            Assert.Contains("the graph was read back and holds the restore", run.Error, StringComparison.Ordinal);
            Assert.Equal(1, await Fixture.Services.GetRequiredService<GraphMaintenance>().CountStudiesAsync());
        });
    }

    [Fact]
    public async Task A_forced_restore_cut_before_its_commit_is_reported_as_not_written_though_its_studies_are_there_from_before()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await WithBackupAsync(async folder =>
        {
            // After the backup: a context it does not hold, which a written restore (emptying the graph first) would remove.
            await Fixture.DataAsync("""mutation { createContext(input: {studyId: "brooks-2023-bsme", id: "late", description: "Late"}) { id } }""");
            await using var proxy = new CommitCuttingProxy(Neo4jUri, CommitCuttingProxy.Cut.BeforeCommit, armedBy: "restoreToken");

            var run = await RestoreThroughAsync(proxy, folder, "--force");

            Assert.Equal(1, proxy.CommitsCut);
            Assert.True(run.ExitCode == ExitCodes.Unavailable, run.Error);
            Assert.Contains("the restore was not written; the graph holds what it held before", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("restored ", run.Error, StringComparison.Ordinal);
            Assert.Equal(1, await Fixture.Services.GetRequiredService<GraphMaintenance>().CountStudiesAsync());
            Assert.Equal("brooks-2023-bsme/late", (await Fixture.DataAsync(Late)).GetProperty("context").Str("id"));
        });
    }

    [Fact]
    public async Task A_forced_restore_whose_commit_answer_is_lost_over_the_same_studies_is_reported_as_written()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await WithBackupAsync(async folder =>
        {
            await Fixture.DataAsync("""mutation { createContext(input: {studyId: "brooks-2023-bsme", id: "late", description: "Late"}) { id } }""");
            await using var proxy = new CommitCuttingProxy(Neo4jUri, CommitCuttingProxy.Cut.AfterCommit, armedBy: "restoreToken");

            var run = await RestoreThroughAsync(proxy, folder, "--force");

            Assert.Equal(1, proxy.CommitsCut);
            Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
            Assert.Contains("the graph was read back and holds the restore", run.Error, StringComparison.Ordinal);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, (await Fixture.DataAsync(Late)).GetProperty("context").ValueKind);
        });
    }

    private static Uri Neo4jUri => new(Environment.GetEnvironmentVariable("NEO4J_URL")!);

    private static async Task WithBackupAsync(Func<string, Task> test)
    {
        var folder = Directory.CreateTempSubdirectory("realist-restore-cut-").FullName;
        try
        {
            var backup = await CliRun.RunAsync("backup", folder);
            Assert.True(backup.ExitCode == 0, backup.Error);
            await test(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<CliRun> RestoreThroughAsync(CommitCuttingProxy proxy, params string[] args) =>
        CliRun.RunAsync(name => name == "NEO4J_URL" ? proxy.Url : Environment.GetEnvironmentVariable(name), ["restore", .. args]);
}

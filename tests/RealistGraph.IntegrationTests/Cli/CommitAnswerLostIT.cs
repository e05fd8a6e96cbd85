using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Cli;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Maintenance;

namespace RealistGraph.IntegrationTests.Cli;

/// <summary>
/// <c>realist-cli import</c> as a process, talking to the real Neo4j through a proxy that cuts the connection at the
/// import's commit (issue 9: "a CLI import killed after its commit reported failure for a study that was written").
/// What the CLI reports and what the graph holds must agree.
/// </summary>
public sealed class CommitAnswerLostIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task A_commit_whose_answer_is_lost_is_read_back_and_reported_as_written()
    {
        await using var proxy = new CommitCuttingProxy(Neo4jUri, CommitCuttingProxy.Cut.AfterCommit, armedBy: "contentHash");
        var run = await ImportThroughAsync(proxy);

        Assert.Equal(1, proxy.CommitsCut);
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("brooks-2023-bsme: created", run.Output);
        Assert.Contains("the graph was read back and holds it", run.Output);
        Assert.Equal(1, await Fixture.Services.GetRequiredService<GraphMaintenance>().CountStudiesAsync());
    }

    [Fact]
    public async Task A_commit_cut_before_it_reaches_Neo4j_is_reported_as_not_written_and_nothing_is()
    {
        await using var proxy = new CommitCuttingProxy(Neo4jUri, CommitCuttingProxy.Cut.BeforeCommit, armedBy: "contentHash");
        var run = await ImportThroughAsync(proxy);

        Assert.Equal(1, proxy.CommitsCut);
        Assert.True(run.ExitCode == ExitCodes.Unavailable, run.ToString());
        Assert.Contains("the study was not written", run.Output);
        Assert.DoesNotContain("created", run.Output);
        Assert.Equal(0, await Fixture.Services.GetRequiredService<GraphMaintenance>().CountStudiesAsync());
    }

    private static Uri Neo4jUri => new(Environment.GetEnvironmentVariable("NEO4J_URL")!);

    private static Task<CliProcess.Run> ImportThroughAsync(CommitCuttingProxy proxy) =>
        CliProcess.RunAsync(proxy.Url, "import", RepositoryPaths.Seed);
}

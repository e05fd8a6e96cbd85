using System.Diagnostics;
using System.Net;
using System.Text.Json;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.IntegrationTests.Hosting;

/// <summary>
/// <c>/health/ready</c> is 200 only once the samples are in: a script that waits for ready and then asks a question
/// must find the sample study. The sample import is held back deterministically by a transaction of the test that
/// holds the lock on the sample study's id (an uncommitted <c>(:Study {id})</c> under the uniqueness constraint).
/// </summary>
public sealed class ReadinessIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string SampleStudy = "brooks-2023-bsme";

    [Fact]
    public async Task Ready_is_503_while_the_samples_load_and_200_only_once_the_sample_study_is_queryable()
    {
        var holding = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var blocker = Fixture.Database.InTransactionAsync<int>(async (tx, ct) =>
        {
            await tx.RunAsync(new CypherStatement("CREATE (:Study {id: $id})", new Dictionary<string, object?> { ["id"] = SampleStudy }), ct);
            holding.SetResult();
            await release.Task;
            throw new OperationCanceledException("rolled back on purpose: the lock only held the import back");
        });
        await holding.Task;

        var settings = ServiceHost.OnTestNeo4j();
        settings["Realist:LoadSamples"] = "true";
        settings["Realist:SamplesPath"] = RepositoryPaths.Samples;
        await using var service = ServiceHost.Start(settings);
        try
        {
            var waiting = await PollUntilAsync(service, body => body.TryGetProperty("reason", out var r) && r.GetString()!.Contains("sample", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.Status);
            Assert.Equal("starting", waiting.Body.GetProperty("status").GetString());
            Assert.Equal("the sample studies are being loaded", waiting.Body.GetProperty("reason").GetString());
            Assert.Equal(0, (await service.DataAsync("{ studies { totalCount } }")).GetProperty("studies").GetProperty("totalCount").GetInt32());
        }
        finally
        {
            release.SetResult();
            await Assert.ThrowsAsync<OperationCanceledException>(() => blocker);
        }

        var ready = await PollUntilAsync(service, body => body.GetProperty("status").GetString() == "ready");
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        var data = await service.DataAsync($$"""{ studies { totalCount } study(id: "{{SampleStudy}}") { id themes { id } } }""");
        Assert.Equal(RepositoryPaths.SampleFiles.Count, data.GetProperty("studies").GetProperty("totalCount").GetInt32());
        Assert.Equal(SampleStudy, data.GetProperty("study").GetProperty("id").GetString());
        Assert.True(data.GetProperty("study").GetProperty("themes").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Without_samples_ready_is_200_with_the_status_field_and_neo4j_version()
    {
        await using var service = ServiceHost.Start(ServiceHost.OnTestNeo4j());

        var ready = await PollUntilAsync(service, body => body.GetProperty("status").GetString() == "ready");

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.StartsWith("3.1", ready.Body.GetProperty("neo4j").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", ready.Body.GetProperty("checks").GetProperty("startup").GetProperty("status").GetString());
        using var live = await service.Http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("""{"status":"live"}""", await live.Content.ReadAsStringAsync());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PollUntilAsync(ServiceHost service, Func<JsonElement, bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var reply = await service.ReadyAsync();
            if (condition(reply.Body))
            {
                return reply;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "ready never reached the expected state; last reply " + reply.Body);
            await Task.Delay(100);
        }
    }
}

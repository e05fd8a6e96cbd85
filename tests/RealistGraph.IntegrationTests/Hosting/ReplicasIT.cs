using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Hosting;

/// <summary>
/// Two replicas of the service (two real hosts on their own ports, each with its own container, connection and
/// caches) on one Neo4j, as behind a load balancer: what one writes the other reads, and nothing either holds in
/// memory makes them disagree.
/// </summary>
public sealed class ReplicasIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string Seed = "brooks-2023-bsme";
    private const string Synthetic = "synthetic-peer-mentoring";

    private const string ImportStudy = "mutation ($document: String!) { importStudy(document: $document) { studyId change } }";

    private const string WholeGraph = """
        { studies { totalCount nodes { id title domains { id name } themes { id name polarity } } } }
        """;

    [Fact]
    public async Task Parallel_writes_through_two_replicas_are_all_seen_alike_through_each()
    {
        await using var a = ServiceHost.Start(ServiceHost.OnTestNeo4j()).AsEditor();
        await using var b = ServiceHost.Start(ServiceHost.OnTestNeo4j()).AsEditor();
        var seed = await File.ReadAllTextAsync(RepositoryPaths.Seed);
        var synthetic = await File.ReadAllTextAsync(RepositoryPaths.SyntheticStudy);

        // Imports through both at once, one of them the same document through both.
        var imports = await Task.WhenAll(
            a.DataAsync(ImportStudy, new { document = seed }),
            b.DataAsync(ImportStudy, new { document = synthetic }),
            b.DataAsync(ImportStudy, new { document = seed }));
        Assert.Equal([Seed, Synthetic, Seed], imports.Select(d => d.GetProperty("importStudy").GetProperty("studyId").GetString()));

        // Mutations through both at once, in rounds of two (one per replica, each on its own study, swapping each round):
        // a burst of a dozen at once on this loaded 2-core machine let the test server's 10 s idle timeout reap a
        // transaction between its statements (see docs/engineering-notes.md).
        for (var i = 1; i <= 12; i += 2)
        {
            await Task.WhenAll(CreateDomainAsync(a, i % 4 == 1 ? Seed : Synthetic, i), CreateDomainAsync(b, i % 4 == 1 ? Synthetic : Seed, i + 1));
        }

        var throughA = await a.DataAsync(WholeGraph);
        var throughB = await b.DataAsync(WholeGraph);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(throughA.GetRawText()), JsonNode.Parse(throughB.GetRawText())),
            $"replica A read {throughA}\nreplica B read {throughB}");
        Assert.Equal(2, throughA.GetProperty("studies").GetProperty("totalCount").GetInt32());
        var domains = throughA.GetProperty("studies").GetProperty("nodes").EnumerateArray()
            .SelectMany(s => s.GetProperty("domains").EnumerateArray().Select(d => d.GetProperty("id").GetString()!))
            .Where(id => id.Contains("/replica-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = Enumerable.Range(1, 12).Select(i => (i % 4) is 1 or 2 ? (i % 2 == 1 ? Seed : Synthetic) : (i % 2 == 1 ? Synthetic : Seed))
            .Select((study, index) => $"{study}/replica-{index + 1}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, domains);
    }

    private static Task<JsonElement> CreateDomainAsync(ServiceHost replica, string study, int i) =>
        replica.DataAsync($$"""
            mutation { createDomain(input: {studyId: "{{study}}", id: "replica-{{i}}", name: "Written concurrently {{i}}", canonicalDomain: "replicated"}) { id } }
            """);

    [Fact]
    public async Task Two_replicas_starting_together_on_an_empty_graph_both_become_ready_with_one_copy_of_the_samples()
    {
        var settings = ServiceHost.OnTestNeo4j();
        settings["Realist:LoadSamples"] = "true";
        settings["Realist:SamplesPath"] = RepositoryPaths.Samples;
        await using var a = ServiceHost.Start(settings);
        await using var b = ServiceHost.Start(settings);

        await Task.WhenAll(WaitReadyAsync(a), WaitReadyAsync(b));

        var throughA = await a.DataAsync("{ studies { totalCount nodes { id } } }");
        var throughB = await b.DataAsync("{ studies { totalCount nodes { id } } }");
        Assert.Equal(RepositoryPaths.SampleFiles.Count, throughA.GetProperty("studies").GetProperty("totalCount").GetInt32());
        Assert.Equal(throughA.GetRawText(), throughB.GetRawText());
    }

    private static async Task WaitReadyAsync(ServiceHost service)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        (HttpStatusCode Status, JsonElement Body) reply;
        while ((reply = await service.ReadyAsync()).Status != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "a replica never became ready: " + reply.Body);
            await Task.Delay(100);
        }
    }
}

using System.Diagnostics;
using System.Net.Http.Json;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.IntegrationTests.Security;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.IntegrationTests.GraphQL;

public sealed class NoCacheService : ServiceWithSettings
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Realist:Limits:DocumentCacheEntries"] = "0", ["Realist:Debug"] = "false" };
}

public sealed class CacheService : ServiceWithSettings
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Realist:Debug"] = "false" };
}

public sealed class ZzAbIT(RealistGraphFixture fixture, NoCacheService off, CacheService on) : GraphTest(fixture), IClassFixture<NoCacheService>, IClassFixture<CacheService>
{
    private const string Query = "query ($id: ID!) { themes(where: {studyId: $id, canonicalDomain: \"social\", polarity: THREAT}) { nodes { id name } } }";

    [Fact]
    public async Task Ab()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var statement = new CypherStatement("""
            MATCH (s:Study {id: $id})-[:REPORTS]->(t:Theme)-[:IN_DOMAIN]->(d:Domain)
            WHERE t.polarity = 'THREAT' AND d.canonicalDomain = 'social'
            RETURN t.id AS id, t.name AS name
            ORDER BY t.ordinal
            LIMIT 50
            """, new Dictionary<string, object?> { ["id"] = "brooks-2023-bsme" }) { Name = "bench/floor" };
        var sides = new (string Name, Func<Task> Run)[]
        {
            ("service, cache off", () => Post(off.Http, Query)),
            ("service, cache on", () => Post(on.Http, Query)),
            ("floor", async () => await Fixture.Database.RunAsync(statement, CancellationToken.None)),
            ("{ __typename }, cache off", () => Post(off.Http, "{ __typename }")),
            ("{ __typename }, cache on", () => Post(on.Http, "{ __typename }")),
        };
        var times = sides.ToDictionary(s => s.Name, _ => new List<double>());
        var n = int.Parse(Environment.GetEnvironmentVariable("AB_N") ?? "3000", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < n + 300; i++)
        {
            foreach (var (name, run) in sides)
            {
                var sw = Stopwatch.StartNew();
                await run();
                if (i >= 300) times[name].Add(sw.Elapsed.TotalMicroseconds);
            }
        }

        var floor = Median(times["floor"]);
        var lines = times.Select(kv => $"serial {kv.Key}: p50 {Median(kv.Value):0} us, p25 {kv.Value.Order().ElementAt(kv.Value.Count / 4):0} us, ratio to floor {Median(kv.Value) / floor:0.00}").ToList();
        foreach (var clients in new[] { 4, 16 })
        {
            var counts = sides.Take(3).ToDictionary(s => s.Name, _ => 0L);
            var spent = sides.Take(3).ToDictionary(s => s.Name, _ => TimeSpan.Zero);
            for (var round = 0; round < 8; round++)
            {
                foreach (var (name, run) in sides.Take(3))
                {
                    var clock = Stopwatch.StartNew();
                    var done = 0L;
                    await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
                    {
                        while (clock.Elapsed < TimeSpan.FromSeconds(0.75))
                        {
                            await run();
                            Interlocked.Increment(ref done);
                        }
                    }));
                    if (round == 0) continue;
                    counts[name] += done;
                    spent[name] += clock.Elapsed;
                }
            }

            var floorRate = counts["floor"] / spent["floor"].TotalSeconds;
            lines.AddRange(counts.Keys.Select(k => $"{clients} clients {k}: {counts[k] / spent[k].TotalSeconds:0} requests/s, floor/this {floorRate / (counts[k] / spent[k].TotalSeconds):0.00}"));
        }

        File.WriteAllLines(Environment.GetEnvironmentVariable("AB_OUT") ?? "/tmp/vc-scratch/ab-inproc.txt", lines);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static async Task Post(HttpClient http, string query)
    {
        using var r = await http.PostAsJsonAsync("/graphql", new { query, variables = new { id = "brooks-2023-bsme" } });
        var text = await r.Content.ReadAsStringAsync();
        if (text.Contains("\"errors\"", StringComparison.Ordinal)) throw new InvalidOperationException(text);
    }
}

using System.Diagnostics;
using System.Text.Json;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.IntegrationTests.Mutations;

/// <summary>
/// Creates fired at once into one study, over HTTP against the real service: each is answered within seconds,
/// succeeds or is refused with CONFLICT, and no two nodes of the study share an ordinal.
/// </summary>
public sealed class ParallelCreatesIT(RealistGraphFixture fixture) : MutationTest(fixture)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Twenty_parallel_creates_in_one_study_all_succeed_with_distinct_ordinals()
    {
        var before = await OrdinalsAsync();
        var replies = await InParallelAsync(Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? $$"""mutation { createTheme(input: {studyId: "{{Seed}}", id: "parallel-{{i}}", domainId: "{{Seed}}/personal", name: "Parallel {{i}}", polarity: SUPPORT}) { id } }"""
            : $$"""mutation { createContext(input: {studyId: "{{Seed}}", id: "parallel-{{i}}", description: "Context {{i}}"}) { id } }"""));

        Assert.All(replies, reply => Assert.False(reply.TryGetProperty("errors", out var errors), "expected success, got " + errors));
        var created = (await OrdinalsAsync()).Where(o => o.Id.Contains("/parallel-", StringComparison.Ordinal)).Select(o => o.Ordinal).Order();
        Assert.Equal(Enumerable.Range(before.Max(o => (int)o.Ordinal) + 1, 20).Select(o => (long)o), created);
    }

    [Fact]
    public async Task Parallel_creates_of_one_id_give_one_node_and_a_clear_conflict_for_the_rest()
    {
        var replies = await InParallelAsync(Enumerable.Range(0, 10).Select(i =>
            $$"""mutation { createContext(input: {studyId: "{{Seed}}", id: "same", description: "Attempt {{i}}"}) { id } }"""));

        Assert.Single(replies, reply => !reply.TryGetProperty("errors", out _));
        foreach (var reply in replies.Where(r => r.TryGetProperty("errors", out _)))
        {
            var error = Assert.Single(reply.GetProperty("errors").EnumerateArray());
            Assert.Equal("CONFLICT", error.GetProperty("extensions").GetProperty("code").GetString());
            // Refused by the check ("... in use by a Context of the study") or, when the winner committed after the check, by the write.
            Assert.StartsWith($"input.id: '{Seed}/same' is already in use", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        var ordinals = await OrdinalsAsync();
        Assert.Single(ordinals, o => o.Id == $"{Seed}/same");
    }

    /// <summary>Posts every request at once and waits for all, failing when they take longer than <see cref="Bound"/>.</summary>
    private async Task<JsonElement[]> InParallelAsync(IEnumerable<string> queries)
    {
        var clock = Stopwatch.StartNew();
        var replies = await Task.WhenAll(queries.Select(q => Task.Run(() => Fixture.GraphQLAsync(q)))).WaitAsync(Bound);
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed}");
        return replies;
    }

    /// <summary>Every node of the seed study with its ordinal (an import numbers each kind from 0; a create comes after all).</summary>
    private async Task<List<(string Id, long Ordinal)>> OrdinalsAsync() =>
        (await Fixture.Database.RunAsync(new CypherStatement(
            "MATCH (n:StudyPart {studyId: $id}) RETURN n.id AS id, n.ordinal AS ordinal", new Dictionary<string, object?> { ["id"] = Seed })))
        .Records.Select(r => (r.GetString("id"), r.GetInt64("ordinal"))).ToList();
}

using System.Diagnostics;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Security;

/// <summary>
/// linkedFindings walks breadth-first, one Cypher round trip per level: its cost grows with the findings reached and
/// the depth asked, not with the number of paths between them (the old <c>*1..10</c> expansion took 35 s for 36 links).
/// </summary>
public sealed class LinkedFindingsBoundsIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string Linked = "query($id: ID!, $depth: Int!) { linkedFindings(id: $id, depth: $depth) { depth finding { ... on Theme { id } } } }";

    [Fact]
    public async Task A_chain_is_followed_in_one_round_trip_per_level_and_stops_where_it_ends()
    {
        // Six studies with one theme each, linked in a chain s0 - s1 - ... - s5.
        for (var i = 0; i < 6; i++)
        {
            await Fixture.Importer.ImportAsync(StudyWithThemes($"chain-{i}", 1));
        }

        for (var i = 0; i < 5; i++)
        {
            await LinkAsync($"chain-{i}/t0", $"chain-{i + 1}/t0");
        }

        foreach (var depth in new[] { 1, 3, 10 })
        {
            var reply = await Fixture.GraphQLAsync(Linked, new { id = "chain-0/t0", depth });
            var reached = reply.GetProperty("data").GetProperty("linkedFindings").Items();
            var expected = Enumerable.Range(1, Math.Min(depth, 5)).Select(d => ($"chain-{d}/t0", d));
            Assert.Equal(expected, reached.Select(r => (r.GetProperty("finding").Str("id"), r.GetProperty("depth").GetInt32())));

            // One lookup of the start, one query per level that reached something, one more that finds the end; the finding loader.
            Assert.True(Replies.RoundTrips(reply) <= Math.Min(depth, 6) + 2, $"depth {depth}: {Replies.RoundTrips(reply)} round trips");
        }
    }

    [Fact]
    public async Task A_dense_cluster_of_forty_links_answers_depth_ten_quickly_and_correctly()
    {
        // Two studies of 5 themes each, every theme of one linked to every theme of the other in both studies' order:
        // 5 × 5 = 25 links, plus a third study of 3 themes linked to 5 themes of the first: 15 more. 40 links in all.
        await Fixture.Importer.ImportAsync(StudyWithThemes("dense-a", 5));
        await Fixture.Importer.ImportAsync(StudyWithThemes("dense-b", 5));
        await Fixture.Importer.ImportAsync(StudyWithThemes("dense-c", 3));
        for (var a = 0; a < 5; a++)
        {
            for (var b = 0; b < 5; b++)
            {
                await LinkAsync($"dense-a/t{a}", $"dense-b/t{b}");
            }

            for (var c = 0; c < 3; c++)
            {
                await LinkAsync($"dense-c/t{c}", $"dense-a/t{a}");
            }
        }

        var clock = Stopwatch.StartNew();
        var reply = await Fixture.GraphQLAsync(Linked, new { id = "dense-a/t0", depth = 10 });
        clock.Stop();

        var reached = reply.GetProperty("data").GetProperty("linkedFindings").Items()
            .ToDictionary(r => r.GetProperty("finding").Str("id"), r => r.GetProperty("depth").GetInt32());
        var expected = new Dictionary<string, int>();
        for (var i = 0; i < 5; i++)
        {
            expected[$"dense-b/t{i}"] = 1;
            if (i > 0)
            {
                expected[$"dense-a/t{i}"] = 2;
            }
        }

        for (var c = 0; c < 3; c++)
        {
            expected[$"dense-c/t{c}"] = 1;
        }

        Assert.Equal(expected.OrderBy(e => e.Key), reached.OrderBy(e => e.Key));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.True(Replies.RoundTrips(reply) <= 6, $"{Replies.RoundTrips(reply)} round trips");
    }

    private async Task LinkAsync(string from, string to) =>
        await Fixture.DataAsync(
            "mutation($input: AddLinkInput!) { addLink(input: $input) { id } }",
            new { input = new { fromId = from, toId = to, relation = "CORROBORATES", rationale = "synthetic", author = "test" } });

    private static StudyDocument StudyWithThemes(string id, int themes)
    {
        var study = StudyEvidence.ThirdStudy(id);
        study.Themes = [.. Enumerable.Range(0, themes).Select(t => new ThemeEntry { Id = $"t{t}", Code = $"{t}", Name = $"Theme {t}", Domain = "self", Polarity = "threat" })];
        study.Quotes = [new QuoteEntry { Id = "tq1", Participant = "T1", Text = "A synthetic quote.", Themes = ["t0"] }];
        return study;
    }
}

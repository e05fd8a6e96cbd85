using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Access;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Changes;
using static RealistGraph.IntegrationTests.Access.AccessReplies;

namespace RealistGraph.IntegrationTests.Access;

/// <summary>Who changed what: the change log and the updatedBy/updatedAt marks, over the real service.</summary>
public sealed class ChangeLogIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string Seed = "brooks-2023-bsme";

    private const string ChangesQuery = """
        query($after: String) { changes(studyId: "brooks-2023-bsme", first: 2, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id studyId at actor action target summary } } }
        """;

    [Fact]
    public async Task Imports_and_mutations_are_logged_with_their_actor_and_mark_what_they_touched()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var editor = await Fixture.Services.GetRequiredService<ApiKeyService>().CreateAsync("carol", Role.Editor);
        using var carol = Fixture.ClientWith(editor.Key);
        Data(await PostAsync(carol, $$"""
            mutation { createContext(input: {studyId: "{{Seed}}", id: "night-shift", description: "Night shifts"}) { id } }
            """));
        Data(await PostAsync(carol, $$"""
            mutation { updateContext(id: "{{Seed}}/night-shift", input: {description: "Night and weekend shifts"}) { id } }
            """));
        Data(await PostAsync(Fixture.Http, $$"""mutation { deleteContext(id: "{{Seed}}/night-shift") { id } }"""));

        var entries = await AllChangesAsync();
        Assert.Equal(
            new (string?, string?, string?)[] { ("cli", "importStudy", Seed), ("carol", "createContext", $"{Seed}/night-shift"), ("carol", "updateContext", $"{Seed}/night-shift"),
             (RealistGraphFixture.EditorKeyName, "deleteContext", $"{Seed}/night-shift") },
            entries.Select(e => (e.GetProperty("actor").GetString(), e.GetProperty("action").GetString(), e.GetProperty("target").GetString())));
        Assert.Equal("set description", entries[2].GetProperty("summary").GetString());
        Assert.All(entries, e => Assert.True(DateTimeOffset.Parse(e.GetProperty("at").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-5)));

        var marks = (await Fixture.Database.RunAsync(new Neo4j.Client.CypherStatement(
            "MATCH (s:Study {id: $id}) RETURN s.updatedBy AS by, s.updatedAt AS at", new Dictionary<string, object?> { ["id"] = Seed }))).Single();
        Assert.Equal(RealistGraphFixture.EditorKeyName, marks.GetString("by"));
        Assert.Equal(entries[^1].GetProperty("at").GetString(), marks.GetString("at"));
    }

    [Fact]
    public async Task A_created_node_carries_who_made_it_and_when()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        Data(await PostAsync(Fixture.Http, $$"""
            mutation { createContext(input: {studyId: "{{Seed}}", id: "marked", description: "Marked"}) { id } }
            """));
        var node = (await Fixture.Database.RunAsync(new Neo4j.Client.CypherStatement(
            "MATCH (n:Context {id: $id}) RETURN n.updatedBy AS by, n.updatedAt AS at", new Dictionary<string, object?> { ["id"] = $"{Seed}/marked" }))).Single();
        Assert.Equal(RealistGraphFixture.EditorKeyName, node.GetString("by"));
        var change = Assert.Single((await Fixture.Services.GetRequiredService<ChangeLog>().PageAsync(Seed, 1, 10)).Items);
        Assert.Equal(change.At, node.GetString("at"));
    }

    [Fact]
    public async Task The_log_pages_like_the_other_connections()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        for (var i = 0; i < 4; i++)
        {
            Data(await PostAsync(Fixture.Http, $$"""
                mutation { createContext(input: {studyId: "{{Seed}}", id: "c{{i}}", description: "Context {{i}}"}) { id } }
                """));
        }

        var first = (await Fixture.DataAsync(ChangesQuery)).GetProperty("changes");
        Assert.Equal(5, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var second = (await Fixture.DataAsync(ChangesQuery, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("changes");
        var third = (await Fixture.DataAsync(ChangesQuery, new { after = second.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("changes");
        Assert.False(third.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var targets = new[] { first, second, third }.SelectMany(p => p.GetProperty("nodes").EnumerateArray()).Select(n => n.GetProperty("target").GetString());
        Assert.Equal([Seed, $"{Seed}/c0", $"{Seed}/c1", $"{Seed}/c2", $"{Seed}/c3"], targets);
    }

    [Fact]
    public async Task A_refused_or_failed_write_records_nothing()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = await AllChangesAsync();

        var refused = await Fixture.GraphQLAsync($$"""
            mutation { createTheme(input: {studyId: "{{Seed}}", id: "t", domainId: "{{Seed}}/no-such-domain", name: "T", polarity: SUPPORT}) { id } }
            """);
        Assert.True(refused.TryGetProperty("errors", out _));

        // Ten creates of one id at once: the losers fail inside their transaction (or before it) and leave no entry.
        var replies = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Fixture.GraphQLAsync($$"""
            mutation { createContext(input: {studyId: "{{Seed}}", id: "same", description: "Attempt {{i}}"}) { id } }
            """)));
        Assert.Single(replies, r => !r.TryGetProperty("errors", out _));

        var after = await AllChangesAsync();
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal($"{Seed}/same", after[^1].GetProperty("target").GetString());
    }

    [Fact]
    public async Task An_unchanged_reimport_records_nothing_and_a_deleted_study_keeps_its_log()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        Assert.Single(await AllChangesAsync());

        Data(await PostAsync(Fixture.Http, $$"""mutation { deleteStudy(id: "{{Seed}}") { id } }"""));
        var entries = await AllChangesAsync();
        Assert.Equal(["importStudy", "deleteStudy"], entries.Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Adding_and_removing_a_link_is_logged_in_both_studies_with_its_actor()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
        var editor = await Fixture.Services.GetRequiredService<ApiKeyService>().CreateAsync("dana", Role.Editor);
        using var dana = Fixture.ClientWith(editor.Key);
        var link = Data(await PostAsync(dana, $$"""
            mutation { addLink(input: {fromId: "synthetic-peer-mentoring/persistent-self-doubt", toId: "{{Seed}}/imposter-syndrome",
              relation: CORROBORATES, rationale: "Both report doubt about being a real educator.", author: "Dana"}) { id } }
            """)).GetProperty("addLink").GetProperty("id").GetString();
        Data(await PostAsync(dana, $$"""mutation { removeLink(id: "{{link}}") { id } }"""));

        var seedEntries = (await AllChangesAsync()).Where(e => e.GetProperty("action").GetString()!.EndsWith("Link", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            new (string?, string?, string?)[] { ("dana", "addLink", $"{Seed}/imposter-syndrome"), ("dana", "removeLink", $"{Seed}/imposter-syndrome") },
            seedEntries.Select(e => (e.GetProperty("actor").GetString(), e.GetProperty("action").GetString(), e.GetProperty("target").GetString())));
        var other = (await Fixture.Services.GetRequiredService<ChangeLog>().PageAsync("synthetic-peer-mentoring", 0, 100)).Items
            .Where(c => c.Action.EndsWith("Link", StringComparison.Ordinal)).Select(c => (c.Actor, c.Action, c.Target));
        Assert.Equal(
            [("dana", "addLink", "synthetic-peer-mentoring/persistent-self-doubt"), ("dana", "removeLink", "synthetic-peer-mentoring/persistent-self-doubt")],
            other);
    }

    [Fact]
    public async Task A_refused_link_records_nothing()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = (await AllChangesAsync()).Count;
        var reply = await PostAsync(Fixture.Http, $$"""
            mutation { addLink(input: {fromId: "{{Seed}}/imposter-syndrome", toId: "nowhere/none",
              relation: CORROBORATES, rationale: "r", author: "a"}) { id } }
            """);
        Assert.True(reply.TryGetProperty("errors", out _));
        Assert.Equal(before, (await AllChangesAsync()).Count);
    }

    private async Task<List<JsonElement>> AllChangesAsync() =>
        (await Fixture.DataAsync("""{ changes(studyId: "brooks-2023-bsme", first: 500) { nodes { id at actor action target summary } } }"""))
            .GetProperty("changes").GetProperty("nodes").EnumerateArray().ToList();
}

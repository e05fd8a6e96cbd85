using System.Text.Json;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Tests.Wire;

/// <summary>
/// What the HTTP client does against a cluster or Aura, over a real HTTP connection to a scripted server that
/// answers with the JSON of Neo4j's documentation: retries of the errors a cluster answers during a leader switch
/// (bounded), and bookmarks carried the way each API takes them.
/// </summary>
public sealed class ClusterBehaviourTests
{
    private const string Rows = """{ "data": { "fields": ["n"], "values": [[1]] }, "bookmarks": ["FB:after-write"] }""";

    private static string Error(string code) => $$"""{ "errors": [ { "code": "{{code}}", "message": "No write operations are allowed on this database." } ] }""";

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Theory]
    [InlineData("Neo.ClientError.Cluster.NotALeader")]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable")]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase")]
    public async Task A_leader_switch_is_retried_and_the_statement_then_succeeds(string code)
    {
        using var server = ScriptedNeo4jServer.QueryApi().Then(Error(code)).Then(Error(code)).Then(Rows);
        var (database, connection) = server.Client();
        using var _ = connection;

        var result = await database.RunAsync(new CypherStatement("CREATE (n:Study {id: $id}) RETURN 1 AS n", new Dictionary<string, object?> { ["id"] = "s1" }));

        Assert.Equal(1, result.Single().GetInt64("n"));
        Assert.Equal(3, server.Posts().Count);
        Assert.All(server.Posts(), p => Assert.Equal("/db/neo4j/query/v2", p.Path));
    }

    [Fact]
    public async Task Retries_are_bounded_and_the_last_error_is_reported()
    {
        using var server = ScriptedNeo4jServer.QueryApi();
        for (var i = 0; i < 10; i++)
        {
            server.Then(Error("Neo.ClientError.Cluster.NotALeader"));
        }

        var (database, connection) = server.Client(maxTransientRetries: 2);
        using var _ = connection;

        var error = await Assert.ThrowsAsync<Neo4jTransientException>(() => database.RunAsync(new CypherStatement("RETURN 1 AS n")));

        Assert.Equal("Neo.ClientError.Cluster.NotALeader", error.Code);
        Assert.Equal(3, server.Posts().Count);
    }

    [Fact]
    public async Task A_statement_error_is_not_retried()
    {
        using var server = ScriptedNeo4jServer.QueryApi().Then(Error("Neo.ClientError.Statement.SyntaxError")).Then(Rows);
        var (database, connection) = server.Client();
        using var _ = connection;

        await Assert.ThrowsAsync<Neo4jQueryException>(() => database.RunAsync(new CypherStatement("RETURN")));

        Assert.Single(server.Posts());
    }

    [Fact]
    public async Task Query_api_bookmarks_go_in_the_body_and_each_reply_moves_the_scope_on()
    {
        using var server = ScriptedNeo4jServer.QueryApi().Then(Rows)
            .Then("""{ "data": { "fields": ["n"], "values": [[2]] }, "bookmarks": ["FB:after-read"] }""");
        var (database, connection) = server.Client();
        using var _ = connection;

        using (BookmarkScope.Begin(["FB:from-client"], out var scope))
        {
            await database.RunAsync(new CypherStatement("CREATE (n:Study) RETURN 1 AS n"));
            Assert.Equal(["FB:after-write"], scope.Latest);
            await database.RunAsync(new CypherStatement("MATCH (n:Study) RETURN count(n) AS n"));
            Assert.Equal(["FB:after-read"], scope.Latest);
        }

        var posts = server.Posts();
        Assert.Equal(["FB:from-client"], Json(posts[0].Body).GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("CREATE (n:Study) RETURN 1 AS n", Json(posts[0].Body).GetProperty("statement").GetString());
        Assert.Equal(["FB:after-write"], Json(posts[1].Body).GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public async Task Outside_a_scope_no_bookmarks_are_sent()
    {
        using var server = ScriptedNeo4jServer.QueryApi().Then(Rows);
        var (database, connection) = server.Client();
        using var _ = connection;

        await database.RunAsync(new CypherStatement("RETURN 1 AS n"));

        Assert.False(Json(server.Posts()[0].Body).TryGetProperty("bookmarks", out var _));
    }

    [Fact]
    public async Task An_explicit_query_api_transaction_waits_for_the_scope_keeps_its_member_and_commits_a_new_bookmark()
    {
        const string affinity = "MTAuMTA0LjE1Mi4xNzg6NzY4Nw==";
        using var server = ScriptedNeo4jServer.QueryApi()
            .Then($$"""{ "data": { "fields": [], "values": [] }, "transaction": { "id": "tx-1", "expires": "{{DateTimeOffset.UtcNow.AddSeconds(60):O}}" } }""",
                headers: new() { ["neo4j-cluster-affinity"] = affinity })
            .Then("""{ "data": { "fields": ["n"], "values": [[7]] } }""")
            .Then("""{ "bookmarks": ["FB:committed"] }""");
        var (database, connection) = server.Client();
        using var _ = connection;

        using var scope = BookmarkScope.Begin(["FB:before"], out var bookmarks);
        var n = await database.InTransactionAsync(async (tx, ct) => (await tx.RunAsync(new CypherStatement("RETURN 7 AS n"), ct)).Single().GetInt64("n"));

        Assert.Equal(7, n);
        Assert.Equal(["FB:committed"], bookmarks.Latest);
        var posts = server.Posts();
        Assert.Equal(["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/tx-1", "/db/neo4j/query/v2/tx/tx-1/commit"], posts.Select(p => p.Path));
        Assert.Equal(["FB:before"], Json(posts[0].Body).GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
        Assert.False(Json(posts[1].Body).TryGetProperty("bookmarks", out var _));
        Assert.Equal(affinity, posts[1].Headers["neo4j-cluster-affinity"]);
        Assert.Equal(affinity, posts[2].Headers["neo4j-cluster-affinity"]);
    }

    [Fact]
    public async Task Transactional_api_bookmarks_go_in_the_bookmarks_header_and_come_back_as_last_bookmarks()
    {
        using var server = ScriptedNeo4jServer.TransactionalApi().Then("""
            { "results": [ { "columns": ["n"], "data": [ { "row": [1], "meta": [null] } ] } ], "errors": [],
              "lastBookmarks": ["FB:kcwQy9mp3ioyRom386bZDRRcuCSQ"] }
            """);
        var (database, connection) = server.Client();
        using var _ = connection;

        using var scope = BookmarkScope.Begin(["FB:kcwQy9mp3ioyRom386bZDRRcuCeQ", "FB:kcwQy9mp3ioyRom386bZDRRcuCiQ"], out var bookmarks);
        await database.RunAsync(new CypherStatement("RETURN 1 AS n"));

        var post = Assert.Single(server.Posts());
        Assert.Equal("/db/neo4j/tx/commit", post.Path);
        Assert.Equal("""["FB:kcwQy9mp3ioyRom386bZDRRcuCeQ","FB:kcwQy9mp3ioyRom386bZDRRcuCiQ"]""", post.Headers["Bookmarks"]);
        Assert.Equal(["FB:kcwQy9mp3ioyRom386bZDRRcuCSQ"], bookmarks.Latest);
    }
}

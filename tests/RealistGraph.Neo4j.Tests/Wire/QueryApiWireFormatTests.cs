using System.Text;
using System.Text.Json;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Wire;

namespace RealistGraph.Neo4j.Tests.Wire;

/// <summary>
/// Contract tests of the Query API (Neo4j 5.19+, Aura) on the JSON that Neo4j's documentation shows:
/// the test server (3.1) cannot speak it, so the request and reply handling is pinned here.
/// </summary>
public sealed class QueryApiWireFormatTests
{
    private readonly QueryApiWireFormat _wire = new();

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void A_request_carries_one_statement_and_its_parameters()
    {
        var body = _wire.RequestBody([new CypherStatement("MERGE (n:Person {name: $name, age: $age}) RETURN n AS alice",
            new Dictionary<string, object?> { ["name"] = "Alice", ["age"] = 42 })]);

        var json = Json(Encoding.UTF8.GetString(body));
        Assert.Equal("MERGE (n:Person {name: $name, age: $age}) RETURN n AS alice", json.GetProperty("statement").GetString());
        Assert.Equal(42, json.GetProperty("parameters").GetProperty("age").GetInt32());
        Assert.False(_wire.CarriesManyStatements);
    }

    [Fact]
    public void Several_statements_in_one_request_are_refused()
    {
        Assert.Throws<ArgumentException>(() => _wire.RequestBody([new CypherStatement("RETURN 1"), new CypherStatement("RETURN 2")]));
    }

    [Fact]
    public void The_documented_reply_becomes_rows_by_field()
    {
        var reply = Json("""
            { "data": { "fields": ["name", "age"], "values": [["Alice", 42], ["Bob", 43]] },
              "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"] }
            """);

        var result = Assert.Single(_wire.ParseResults(reply));

        Assert.Equal(["name", "age"], result.Columns);
        Assert.Equal("Bob", result.Records[1].GetString("name"));
        Assert.Equal(43, result.Records[1].GetInt64("age"));
    }

    [Fact]
    public void An_error_reply_maps_to_the_exception_its_code_names()
    {
        var reply = Json("""
            { "errors": [ { "code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'X': expected ..." } ] }
            """);

        var error = Assert.Throws<Neo4jQueryException>(() => _wire.ParseResults(reply));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.DoesNotContain("Invalid input", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_a_transaction_gives_its_path_expiry_and_cluster_affinity()
    {
        var reply = Json("""
            { "data": { "fields": [], "values": [] },
              "transaction": { "id": "e6d6c1cc-c0ca-4b8e-a0a1-88f37cd2b6cd", "expires": "2024-10-22T15:48:29Z" } }
            """);

        var tx = _wire.ParseBegin(reply, null, "/db/neo4j/query/v2/tx", "MTAuMTA0LjE1Mi4xNzg6NzY4Nw==");

        Assert.Equal("/db/neo4j/query/v2/tx/e6d6c1cc-c0ca-4b8e-a0a1-88f37cd2b6cd", tx.RunPath);
        Assert.Equal("/db/neo4j/query/v2/tx/e6d6c1cc-c0ca-4b8e-a0a1-88f37cd2b6cd/commit", tx.CommitPath);
        Assert.Equal(new DateTimeOffset(2024, 10, 22, 15, 48, 29, TimeSpan.Zero), tx.Expires);
        Assert.Equal("MTAuMTA0LjE1Mi4xNzg6NzY4Nw==", tx.Affinity);
    }
}

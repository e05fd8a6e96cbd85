using System.Text;
using System.Text.Json;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Wire;

namespace RealistGraph.Neo4j.Tests.Wire;

/// <summary>The transactional API of 4.x and 5.x (<c>/db/{db}/tx</c>), on the JSON Neo4j documents; 3.x is tested live.</summary>
public sealed class TransactionalWireFormatTests
{
    private readonly TransactionalWireFormat _wire = new();

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void Many_statements_travel_in_one_body()
    {
        var body = Json(Encoding.UTF8.GetString(_wire.RequestBody([new CypherStatement("RETURN 1"), new CypherStatement("RETURN $x",
            new Dictionary<string, object?> { ["x"] = "y" })])));

        Assert.Equal(2, body.GetProperty("statements").GetArrayLength());
        Assert.Equal("y", body.GetProperty("statements")[1].GetProperty("parameters").GetProperty("x").GetString());
    }

    [Fact]
    public void The_documented_commit_reply_becomes_results_in_statement_order()
    {
        var reply = Json("""
            { "results": [ { "columns": ["p1.name", "p2.name"], "data": [ { "row": ["Alice", "Bob"], "meta": [null, null] } ] },
                           { "columns": ["n"], "data": [] } ],
              "errors": [], "lastBookmarks": ["FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ"] }
            """);

        var results = _wire.ParseResults(reply);

        Assert.Equal(2, results.Count);
        Assert.Equal("Bob", results[0].Single().GetString("p2.name"));
        Assert.Empty(results[1].Records);
    }

    [Fact]
    public void An_error_arrives_with_200_and_still_throws_by_code()
    {
        var reply = Json("""
            { "results": [], "errors": [ { "code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "ForsetiClient[0] can't acquire ..." } ] }
            """);

        Assert.Throws<Neo4jTransientException>(() => _wire.ParseResults(reply));
    }

    [Fact]
    public void Opening_a_transaction_reads_the_Location_and_expiry()
    {
        var reply = Json("""
            { "results": [], "errors": [], "commit": "http://localhost:7474/db/neo4j/tx/4/commit",
              "transaction": { "expires": "Wed, 25 Nov 2026 19:40:00 GMT" } }
            """);

        var tx = _wire.ParseBegin(reply, new Uri("http://localhost:7474/db/neo4j/tx/4"), "/db/neo4j/tx", null);

        Assert.Equal("/db/neo4j/tx/4", tx.RunPath);
        Assert.Equal("/db/neo4j/tx/4/commit", tx.CommitPath);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 19, 40, 0, TimeSpan.Zero), tx.Expires);
    }
}

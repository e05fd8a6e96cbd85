using System.Text;
using System.Text.Json;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Wire;

namespace RealistGraph.Neo4j.Tests.Wire;

public sealed class BookmarkWireTests
{
    private static readonly ServerEndpoints QueryApi = new(CypherApi.QueryV2, "5.26.0", "/db/neo4j/query/v2");
    private static readonly ServerEndpoints TxApi = new(CypherApi.Transactional, "5.12.0", "/db/neo4j/tx");
    private static readonly ServerEndpoints Neo4j3 = new(CypherApi.Transactional3, null, "/db/data/transaction");

    [Fact]
    public void Bookmarks_are_read_from_either_api_and_absent_ones_are_empty()
    {
        Assert.Equal(["FB:a"], BookmarkWire.Read(JsonDocument.Parse("""{"data":{},"bookmarks":["FB:a"]}""").RootElement));
        Assert.Equal(["FB:b"], BookmarkWire.Read(JsonDocument.Parse("""{"results":[],"errors":[],"lastBookmarks":["FB:b"]}""").RootElement));
        Assert.Empty(BookmarkWire.Read(JsonDocument.Parse("""{"results":[],"errors":[]}""").RootElement));
    }

    [Theory]
    [InlineData("""{"statement":"RETURN 1"}""", """{"bookmarks":["FB:a","FB:b"],"statement":"RETURN 1"}""")]
    [InlineData("{}", """{"bookmarks":["FB:a","FB:b"]}""")]
    [InlineData("""  { "statement": "RETURN 1" }""", """{"bookmarks":["FB:a","FB:b"],"statement": "RETURN 1" }""")]
    public void Bookmarks_are_added_to_a_query_api_body_as_valid_json(string body, string expected)
    {
        var result = Encoding.UTF8.GetString(BookmarkWire.AddToBody(Encoding.UTF8.GetBytes(body), ["FB:a", "FB:b"]));

        Assert.Equal(expected, result);
        JsonDocument.Parse(result).Dispose();
    }

    [Fact]
    public void Only_requests_that_start_a_transaction_carry_bookmarks()
    {
        Assert.True(BookmarkWire.StartsTransaction(HttpMethod.Post, "/db/neo4j/query/v2", QueryApi));
        Assert.True(BookmarkWire.StartsTransaction(HttpMethod.Post, "/db/neo4j/query/v2/tx", QueryApi));
        Assert.False(BookmarkWire.StartsTransaction(HttpMethod.Post, "/db/neo4j/query/v2/tx/abc", QueryApi));
        Assert.False(BookmarkWire.StartsTransaction(HttpMethod.Post, "/db/neo4j/query/v2/tx/abc/commit", QueryApi));
        Assert.True(BookmarkWire.StartsTransaction(HttpMethod.Post, "/db/neo4j/tx/commit", TxApi));
        Assert.True(BookmarkWire.StartsTransaction(HttpMethod.Post, "/db/neo4j/tx", TxApi));
        Assert.False(BookmarkWire.StartsTransaction(HttpMethod.Delete, "/db/neo4j/tx/12", TxApi));
        Assert.False(BookmarkWire.StartsTransaction(HttpMethod.Post, "/db/data/transaction/commit", Neo4j3));
        Assert.False(BookmarkWire.StartsTransaction(HttpMethod.Post, "/db/neo4j/query/v2", null));
    }

    [Fact]
    public void The_transactional_header_is_a_json_array()
    {
        Assert.Equal("""["FB:a","FB:b"]""", BookmarkWire.HeaderValue(["FB:a", "FB:b"]));
    }
}

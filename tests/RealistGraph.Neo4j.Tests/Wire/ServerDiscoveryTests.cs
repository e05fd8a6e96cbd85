using System.Text.Json;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Tests.Wire;

public sealed class ServerDiscoveryTests
{
    [Fact]
    public void Neo4j_5_19_and_newer_is_spoken_to_through_the_query_api()
    {
        var root = JsonDocument.Parse("""
            { "bolt_routing": "neo4j://localhost:7687", "query": "http://localhost:7474/db/{databaseName}/query/v2",
              "transaction": "http://localhost:7474/db/{databaseName}/tx", "bolt_direct": "bolt://localhost:7687",
              "neo4j_version": "5.19.0", "neo4j_edition": "enterprise" }
            """).RootElement;

        var endpoints = ServerDiscovery.Parse(root, "realist");

        Assert.Equal(CypherApi.QueryV2, endpoints.Api);
        Assert.Equal("/db/realist/query/v2", endpoints.AutoCommitPath);
        Assert.Equal("/db/realist/query/v2/tx", endpoints.BeginPath);
        Assert.Equal("5.19.0", endpoints.AdvertisedVersion);
    }

    [Fact]
    public void Neo4j_4_and_early_5_use_the_transactional_api_of_the_database()
    {
        var root = JsonDocument.Parse("""
            { "bolt_direct": "bolt://localhost:7687", "transaction": "http://localhost:7474/db/{databaseName}/tx", "neo4j_version": "4.4.0" }
            """).RootElement;

        var endpoints = ServerDiscovery.Parse(root, "neo4j");

        Assert.Equal(CypherApi.Transactional, endpoints.Api);
        Assert.Equal("/db/neo4j/tx/commit", endpoints.AutoCommitPath);
        Assert.Equal("/db/neo4j/tx", endpoints.BeginPath);
    }

    [Fact]
    public void Neo4j_3_is_recognised_by_its_data_link()
    {
        var root = JsonDocument.Parse("""{ "management": "http://localhost:7474/db/manage/", "data": "http://localhost:7474/db/data/" }""").RootElement;

        Assert.Equal("/db/data/transaction/commit", ServerDiscovery.Parse(root, "neo4j").AutoCommitPath);
    }

    [Fact]
    public void Something_that_is_not_neo4j_is_named_as_such()
    {
        var root = JsonDocument.Parse("""{ "hello": "world" }""").RootElement;

        Assert.Contains("is this Neo4j", Assert.Throws<InvalidOperationException>(() => ServerDiscovery.Parse(root, "neo4j")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", typeof(Neo4jConflictException))]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", typeof(Neo4jTransientException))]
    [InlineData("Neo.ClientError.Statement.SyntaxError", typeof(Neo4jQueryException))]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(Neo4jSecurityException))]
    [InlineData("Neo.ClientError.Transaction.TransactionNotFound", typeof(Neo4jTransactionException))]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(Neo4jException))]
    public void Error_codes_map_to_the_exception_callers_act_on(string code, Type expected)
    {
        Assert.IsType(expected, Neo4jException.FromCode(code, "server text"));
    }
}

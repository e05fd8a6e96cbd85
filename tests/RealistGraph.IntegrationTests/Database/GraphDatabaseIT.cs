using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.IntegrationTests.Database;

/// <summary>The HTTP Cypher client against the real server: transactions, errors and their types.</summary>
public sealed class GraphDatabaseIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private static CypherStatement Create(string id) =>
        new("CREATE (:Study {id: $id, title: 'client test'})", new Dictionary<string, object?> { ["id"] = id });

    private async Task<long> CountAsync(string id) =>
        (await Fixture.Database.RunAsync(new CypherStatement("MATCH (s:Study {id: $id}) RETURN count(s) AS n", new Dictionary<string, object?> { ["id"] = id })))
        .Single().GetInt64("n");

    [Fact]
    public async Task Parameters_travel_as_values_and_rows_come_back_by_column()
    {
        var result = await Fixture.Database.RunAsync(new CypherStatement(
            "RETURN $text AS text, $number AS number, $list AS list, $missing AS missing",
            new Dictionary<string, object?> { ["text"] = "it's \"quoted\" } RETURN 1 //", ["number"] = 42, ["list"] = new[] { "a", "b" }, ["missing"] = null }));

        var row = result.Single();
        Assert.Equal("it's \"quoted\" } RETURN 1 //", row.GetString("text"));
        Assert.Equal(42, row.GetInt64("number"));
        Assert.Equal(["a", "b"], row.GetStrings("list"));
        Assert.Null(row.GetNullableString("missing"));
    }

    [Fact]
    public async Task Several_statements_run_in_one_transaction_and_one_round_trip()
    {
        using var scope = CypherRoundTrips.BeginScope(out var trips);
        var results = await Fixture.Database.RunAsync([Create("a"), Create("b"), new CypherStatement("MATCH (s:Study) RETURN count(s) AS n")]);

        Assert.Equal(2, results[2].Single().GetInt64("n"));
        Assert.Equal(1, trips.Count);
    }

    [Fact]
    public async Task A_failing_statement_rolls_back_the_statements_before_it()
    {
        await Assert.ThrowsAsync<Neo4jQueryException>(() => Fixture.Database.RunAsync([Create("kept-out"), new CypherStatement("THIS IS NOT CYPHER")]));

        Assert.Equal(0, await CountAsync("kept-out"));
    }

    [Fact]
    public async Task An_explicit_transaction_commits_what_its_work_wrote()
    {
        var title = await Fixture.Database.InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(Create("committed"), ct);
            return (await tx.RunAsync(new CypherStatement("MATCH (s:Study {id: 'committed'}) RETURN s.title AS title"), ct)).Single().GetString("title");
        });

        Assert.Equal("client test", title);
        Assert.Equal(1, await CountAsync("committed"));
    }

    [Fact]
    public async Task An_explicit_transaction_whose_work_throws_is_rolled_back()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Fixture.Database.InTransactionAsync<int>(async (tx, ct) =>
        {
            await tx.RunAsync(Create("rolled-back"), ct);
            throw new InvalidOperationException("the caller changed its mind");
        }));

        Assert.Equal(0, await CountAsync("rolled-back"));
    }

    [Fact]
    public async Task An_open_transaction_is_kept_alive_past_the_servers_idle_timeout()
    {
        // ./realist test gives the test server a 10 s idle timeout (dbms.rest.transaction.idle_timeout).
        await Fixture.Database.InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(Create("before-the-pause"), ct);
            await Task.Delay(TimeSpan.FromSeconds(25), ct);
            await tx.RunAsync(Create("after-the-pause"), ct);
            return 0;
        });

        Assert.Equal(1, await CountAsync("before-the-pause"));
        Assert.Equal(1, await CountAsync("after-the-pause"));
    }

    [Fact]
    public async Task A_uniqueness_violation_is_a_conflict()
    {
        await Fixture.Database.RunAsync(Create("twice"));

        var error = await Assert.ThrowsAsync<Neo4jConflictException>(() => Fixture.Database.RunAsync(Create("twice")));

        Assert.StartsWith("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code, StringComparison.Ordinal);
        Assert.DoesNotContain("twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_are_a_security_error_that_does_not_show_the_password()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new Neo4jOptions
        {
            Url = Environment.GetEnvironmentVariable("NEO4J_URL")!, Password = "not-the-password",
        });
        using var connection = new Neo4jConnection(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<Neo4jConnection>.Instance);
        var database = new GraphDatabase(connection, Microsoft.Extensions.Logging.Abstractions.NullLogger<GraphDatabase>.Instance);

        var error = await Assert.ThrowsAsync<Neo4jSecurityException>(() => database.RunAsync(new CypherStatement("RETURN 1")));

        Assert.DoesNotContain("not-the-password", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_unavailable()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new Neo4jOptions { Url = "http://127.0.0.1:9", RequestTimeout = TimeSpan.FromSeconds(5) });
        using var connection = new Neo4jConnection(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<Neo4jConnection>.Instance);
        var database = new GraphDatabase(connection, Microsoft.Extensions.Logging.Abstractions.NullLogger<GraphDatabase>.Instance);

        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => database.RunAsync(new CypherStatement("RETURN 1")));
    }

    [Fact]
    public async Task The_server_is_discovered_as_the_3x_transactional_API()
    {
        var endpoints = await Fixture.Database.EndpointsAsync();

        Assert.Equal(CypherApi.Transactional3, endpoints.Api);
        Assert.Equal("/db/data/transaction/commit", endpoints.AutoCommitPath);
    }
}

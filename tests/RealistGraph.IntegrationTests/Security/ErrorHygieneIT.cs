using System.Net.Http.Json;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Security;

/// <summary>
/// Issue 9, "Done when": no error shows a client a stack trace, Cypher or Neo4j's own messages. Failures of every kind
/// (Neo4j unreachable, a constraint clash in Neo4j, a bad document, a bad query, a refused key) are driven through the
/// real service, and every reply body is searched for what must never leak.
/// </summary>
public sealed class ErrorHygieneIT(RealistGraphFixture fixture, ErrorHygieneIT.UnreachableNeo4j unreachable)
    : GraphTest(fixture), IClassFixture<ErrorHygieneIT.UnreachableNeo4j>
{
    private static readonly string[] NeverShown =
    [
        "   at ", "Exception", "Neo.ClientError", "Neo.TransientError", "Neo.DatabaseError", "java.", "org.neo4j",
        "MATCH (", "UNWIND ", "MERGE (", "$studyId",
    ];

    [Fact]
    public async Task Failures_of_every_kind_answer_a_code_and_our_message_only()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var replies = new List<string>
        {
            // Neo4j unreachable: a read and a write.
            await PostAsync(unreachable.Http, "{ studies { totalCount } }"),
            await PostAsync(unreachable.Http, """mutation { createStudy(input: {id: "x1", title: "X"}) { id } }"""),
            // Neo4j refuses a write (an id in use), and a document that cannot be read.
            await PostAsync(Fixture.Http, """mutation { createStudy(input: {id: "brooks-2023-bsme", title: "Again"}) { id } }"""),
            await PostAsync(Fixture.Http, """mutation { importStudy(document: "id: [unclosed\n  title") { studyId } }"""),
            // A query that does not validate, one that cannot be parsed, and a key that is not one.
            await PostAsync(Fixture.Http, "{ studies { nodes { noSuchField } } }"),
            await PostAsync(Fixture.Http, "{ studies { "),
            await PostAsync(Fixture.ClientWith("rgk_not-a-real-key"), "{ studies { totalCount } }"),
        };

        foreach (var reply in replies)
        {
            Assert.Contains("\"code\":", reply, StringComparison.Ordinal);
            foreach (var leak in NeverShown)
            {
                Assert.False(reply.Contains(leak, StringComparison.Ordinal), $"'{leak}' shown to a client in: {reply}");
            }
        }
    }

    private static async Task<string> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The service pointed at a port where no Neo4j listens.</summary>
    public sealed class UnreachableNeo4j : ServiceWithSettings
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["NEO4J_URL"] = "http://127.0.0.1:9",
            ["Realist:AnonymousRead"] = "true",
        };
    }
}

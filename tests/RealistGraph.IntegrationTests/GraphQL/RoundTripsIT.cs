using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.IntegrationTests.GraphQL;

/// <summary>No N+1: the Cypher round trips of a request grow with the depth of its selection, never with its rows.</summary>
public sealed class RoundTripsIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string DeepSelection = """
        query($n: Int) { studies(first: $n) { totalCount nodes { id title domains { name themes { name polarity
          quotes { text participant { label } themes { code } } } } } } }
        """;

    [Fact]
    public async Task One_study_and_fifty_studies_cost_the_same_number_of_round_trips()
    {
        var seed = await StudyDocumentLoader.LoadAsync(RepositoryPaths.Seed);
        for (var i = 0; i < 50; i++)
        {
            seed.Id = $"copy-{i:00}";
            await Fixture.Importer.ImportAsync(seed);
        }

        // Six nested lists over fifty studies: the cost rule's worst-case estimate (about 9 million) is far above the
        // default limit, which refuses it before any Cypher runs. This test is about round trips, so it asks a
        // service whose limit is raised.
        var refused = await Fixture.GraphQLAsync(DeepSelection, new { n = 50 });
        Assert.Equal("LIMIT_EXCEEDED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var settings = Hosting.ServiceHost.OnTestNeo4j();
        settings["Realist:Debug"] = "true";
        settings["Realist:Limits:MaxQueryCost"] = "100000000";
        await using var service = Hosting.ServiceHost.Start(settings);

        var one = await GraphQLAsync(service, DeepSelection, new { n = 1 });
        var fifty = await GraphQLAsync(service, DeepSelection, new { n = 50 });

        Assert.Equal(50, fifty.GetProperty("data").GetProperty("studies").GetProperty("nodes").GetArrayLength());
        Assert.Equal(50 * 61, fifty.GetProperty("data").GetProperty("studies").GetProperty("nodes").EnumerateArray()
            .SelectMany(s => s.GetProperty("domains").EnumerateArray()).SelectMany(d => d.GetProperty("themes").EnumerateArray())
            .Sum(t => t.GetProperty("quotes").GetArrayLength()));
        Assert.Equal(RoundTrips(one), RoundTrips(fifty));
        Assert.Equal(6, RoundTrips(fifty)); // studies page, domains, themes, quotes, participants, quote themes
    }

    [Fact]
    public async Task Long_texts_are_fetched_only_when_selected()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);

        var without = await Fixture.GraphQLAsync("{ quotes(first: 3) { nodes { id participant { label } } } themes(first: 2) { nodes { name quotes { id } } } }");
        var with = await Fixture.GraphQLAsync("{ quotes(first: 3) { nodes { text } } themes(first: 2) { nodes { summary quotes { text } } } }");

        Assert.Equal(3, without.GetProperty("data").GetProperty("quotes").GetProperty("nodes").GetArrayLength());
        Assert.Equal(
            ["queries/nodes/participant-by-ids", "queries/pages/quotes/all/document-rows", "queries/pages/themes/all/document-rows", "queries/relations/theme-quote-ids"],
            Reads(without).Select(r => r.Query).Order(StringComparer.Ordinal));
        Assert.All(Reads(without), r => Assert.False(r.WithText, $"{r.Query} fetched long texts that nothing selected"));
        Assert.All(Reads(with), r => Assert.True(r.WithText, $"{r.Query} did not fetch the long texts that were selected"));
        Assert.Equal(3, Reads(with).Count);
        Assert.All(with.GetProperty("data").GetProperty("quotes").GetProperty("nodes").EnumerateArray(),
            n => Assert.False(string.IsNullOrEmpty(n.GetProperty("text").GetString())));
    }

    [Fact]
    public async Task A_read_without_text_leaves_the_text_in_the_database()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var reader = Fixture.Services.GetRequiredService<RecordReader>();
        var ids = (await Fixture.DataAsync("{ quotes(first: 3) { nodes { id } } }")).GetProperty("quotes").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();

        var withText = await reader.ByIdsAsync(Nodes.Quote, ids, withText: true);
        var withoutText = await reader.ByIdsAsync(Nodes.Quote, ids, withText: false);

        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(withText[id].Text)));
        Assert.All(ids, id => Assert.Equal("", withoutText[id].Text));
        Assert.All(ids, id => Assert.Equal(withText[id].ParticipantId, withoutText[id].ParticipantId));
    }

    private static List<(string Query, bool WithText)> Reads(JsonElement reply) =>
        reply.GetProperty("extensions").GetProperty("cypherReads").EnumerateArray()
            .Select(r => (r.GetProperty("query").GetString()!, r.GetProperty("withText").GetBoolean()))
            .ToList();

    private static async Task<JsonElement> GraphQLAsync(Hosting.ServiceHost service, string query, object variables)
    {
        using var response = await service.Http.PostAsJsonAsync("/graphql", new { query, variables });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static int RoundTrips(JsonElement reply) => reply.GetProperty("extensions").GetProperty("cypherRoundTrips").GetInt32();
}

using System.Text.Json;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Infrastructure;

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

        var one = await Fixture.GraphQLAsync(DeepSelection, new { n = 1 });
        var fifty = await Fixture.GraphQLAsync(DeepSelection, new { n = 50 });

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

        var data = await Fixture.DataAsync("{ quotes(first: 3) { nodes { id participant { label } } } withText: quotes(first: 1) { nodes { text } } }");

        Assert.Equal(3, data.GetProperty("quotes").GetProperty("nodes").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(data.GetProperty("withText").GetProperty("nodes")[0].GetProperty("text").GetString()));
    }

    private static int RoundTrips(JsonElement reply) => reply.GetProperty("extensions").GetProperty("cypherRoundTrips").GetInt32();
}

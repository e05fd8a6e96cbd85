using System.Text.Json;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.GraphQL;

/// <summary>
/// Lists whose selection is plain fields only are written as rows of values (<c>FlatListExecutionStrategy</c>); any
/// directive sends a list down GraphQL.NET's node-by-node path. Both must answer the same, byte for byte.
/// </summary>
public sealed class FlatListsIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    // Aliases, __typename, an enum, nullable fields (some null, some set), an ID, in an order that is not the type's.
    private const string Plain = """
        { study(id: "brooks-2023-bsme") {
            themes { polarity __typename code n: name id studyId quotes { id } }
            quotes { location polarity id kind: __typename participantId: studyId }
            participants { site label id }
        } }
        """;

    [Fact]
    public async Task Plain_lists_answer_what_the_node_by_node_path_answers()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var nodeByNode = Plain.Replace("{ polarity", "{ polarity @include(if: true)", StringComparison.Ordinal)
            .Replace("{ location", "{ location @include(if: true)", StringComparison.Ordinal)
            .Replace("{ site", "{ site @include(if: true)", StringComparison.Ordinal)
            .Replace("quotes { id }", "quotes { id @include(if: true) }", StringComparison.Ordinal);
        Assert.NotEqual(Plain, nodeByNode);

        var flat = await Fixture.DataAsync(Plain);
        var usual = await Fixture.DataAsync(nodeByNode);

        Assert.Equal(usual.GetRawText(), flat.GetRawText());
        var study = flat.GetProperty("study");
        Assert.Equal(10, study.GetProperty("themes").GetArrayLength());
        Assert.Contains(study.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("polarity").ValueKind == JsonValueKind.String);
        Assert.Contains(study.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("polarity").ValueKind == JsonValueKind.Null);
        Assert.All(study.GetProperty("quotes").EnumerateArray(), q => Assert.Equal("Quote", q.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Quote_ids_read_alone_come_in_the_order_of_the_full_quotes()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);

        var idsOnly = await Fixture.DataAsync("""{ study(id: "brooks-2023-bsme") { quotes { id } themes { quotes { id } } participants { quotes { id } } } }""");
        var full = await Fixture.DataAsync("""{ study(id: "brooks-2023-bsme") { quotes { id text } themes { quotes { id text } } participants { quotes { id text } } } }""");

        Assert.Equal(Ids(full), Ids(idsOnly));
        Assert.True(Ids(idsOnly).Count > 100);
    }

    private static List<string> Ids(JsonElement data)
    {
        var study = data.GetProperty("study");
        return [.. Quotes(study), .. study.GetProperty("themes").EnumerateArray().SelectMany(Quotes), .. study.GetProperty("participants").EnumerateArray().SelectMany(Quotes)];

        static IEnumerable<string> Quotes(JsonElement parent) =>
            parent.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("id").GetString()!);
    }
}

using System.Text.Json;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;

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

    [Fact]
    public async Task Quote_ids_of_a_theme_come_in_study_order_whatever_order_Neo4j_walks_them_in()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var themes = ThemeQuoteIds(await Fixture.DataAsync("""{ study(id: "brooks-2023-bsme") { themes { id quotes { id text } } } }"""));
        var theme = themes.MaxBy(t => t.Quotes.Count);
        Assert.True(theme.Quotes.Count >= 3);

        // The theme's first quote evidences it again, as a new relationship: Neo4j walks the newest first or last.
        await Fixture.Database.RunAsync(new CypherStatement(
            """
            MATCH (q:Quote {id: $quote})-[r:EVIDENCES]->(t:Theme {id: $theme})
            WITH q, t, r, r.ordinal AS ordinal
            DELETE r
            CREATE (q)-[:EVIDENCES {ordinal: ordinal}]->(t)
            """,
            new Dictionary<string, object?> { ["quote"] = theme.Quotes[0], ["theme"] = theme.Id }));
        var walked = (await Fixture.Database.RunAsync(new CypherStatement(
            "MATCH (:Theme {id: $theme})<-[:EVIDENCES]-(q) RETURN collect(q.id) AS ids", new Dictionary<string, object?> { ["theme"] = theme.Id })))
            .Records.Single().GetStrings("ids");
        Assert.Equal(theme.Quotes.Order(), walked.Order());
        Assert.NotEqual(theme.Quotes, walked);

        var idsOnly = ThemeQuoteIds(await Fixture.DataAsync("""{ study(id: "brooks-2023-bsme") { themes { id quotes { id } } } }"""));
        Assert.Equal(themes.Select(t => t.Id), idsOnly.Select(t => t.Id));
        Assert.All(themes.Zip(idsOnly), pair => Assert.Equal(pair.First.Quotes, pair.Second.Quotes));
    }

    private static List<(string Id, List<string> Quotes)> ThemeQuoteIds(JsonElement data) =>
    [
        .. data.GetProperty("study").GetProperty("themes").EnumerateArray()
            .Select(t => (t.GetProperty("id").GetString()!, t.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("id").GetString()!).ToList())),
    ];

    private static List<string> Ids(JsonElement data)
    {
        var study = data.GetProperty("study");
        return [.. Quotes(study), .. study.GetProperty("themes").EnumerateArray().SelectMany(Quotes), .. study.GetProperty("participants").EnumerateArray().SelectMany(Quotes)];

        static IEnumerable<string> Quotes(JsonElement parent) =>
            parent.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("id").GetString()!);
    }
}

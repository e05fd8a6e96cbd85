using System.Text.Json;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Asking;

/// <summary>
/// A nested connection of a single parent (<c>study(id) { quotesConnection(first: n) }</c>) is cut in Cypher: its
/// query answers the page's rows only, with the same page and total as the query for many parents, which collects
/// every child before cutting.
/// </summary>
public sealed class OneParentPagesIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string ManyParents = "queries/child-pages/study-quotes";
    private const string OneParent = "queries/child-pages/study-quotes-of-one";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var file in RepositoryPaths.SampleFiles)
        {
            await Fixture.ImportAsync(file);
        }
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(5, 5)]
    [InlineData(3, 1)]
    public async Task The_one_parent_query_answers_only_the_page_and_the_same_page_and_total_as_the_query_for_many(int skip, int limit)
    {
        var seed = await SeedAsync();
        Assert.True(seed.Quotes.Count > skip + limit, "the seed study needs more quotes than the page reaches");

        var one = await ChildPageRows.ReadAsync(Fixture, OneParent, [SeedId], skip, limit);
        var many = await ChildPageRows.ReadAsync(Fixture, ManyParents, [SeedId], skip, limit);

        Assert.Equal(limit, one.Count);
        Assert.Equal(many.Select(r => r.GetString("id")), one.Select(r => r.GetString("id")));
        Assert.Equal(seed.Quotes.Skip(skip).Take(limit).Select(q => Global(seed, q.Id)), one.Select(r => r.GetString("id")));
        Assert.All(one, r => Assert.Equal(seed.Quotes.Count, r.GetInt64("totalCount")));
        Assert.All(one, r => Assert.Equal(SeedId, r.GetString("parentId")));
    }

    [Fact]
    public async Task A_page_past_the_end_still_carries_the_total_and_an_unknown_parent_answers_nothing()
    {
        var seed = await SeedAsync();

        var past = await ChildPageRows.ReadAsync(Fixture, OneParent, [SeedId], seed.Quotes.Count + 10, 5);
        var row = Assert.Single(past);
        Assert.Equal(JsonValueKind.Null, row["id"].ValueKind);
        Assert.Equal(seed.Quotes.Count, row.GetInt64("totalCount"));

        Assert.Empty(await ChildPageRows.ReadAsync(Fixture, OneParent, ["no-such-study"], 0, 5));
    }

    [Fact]
    public async Task A_single_parent_reads_its_page_alone_and_many_parents_share_one_read()
    {
        var one = await Fixture.GraphQLAsync($$"""{ study(id: "{{SeedId}}") { quotesConnection(first: 3) { totalCount nodes { id } } } }""");
        var many = await Fixture.GraphQLAsync("""{ studies(first: 10) { nodes { quotesConnection(first: 3) { totalCount nodes { id } } } } }""");
        Assert.False(one.TryGetProperty("errors", out _), one.ToString());
        Assert.False(many.TryGetProperty("errors", out _), many.ToString());

        Assert.Contains(OneParent, one.CypherReads());
        Assert.DoesNotContain(ManyParents, one.CypherReads());
        Assert.Contains(ManyParents, many.CypherReads());
        var seedPage = many.GetProperty("data").GetProperty("studies").GetProperty("nodes").Items()
            .Select(s => s.GetProperty("quotesConnection"))
            .Single(c => c.GetProperty("nodes").Items().Any(n => n.Str("id").StartsWith(SeedId + "/", StringComparison.Ordinal)));
        Assert.Equal(
            seedPage.GetProperty("nodes").Strings("id"),
            one.GetProperty("data").GetProperty("study").GetProperty("quotesConnection").GetProperty("nodes").Strings("id"));
    }

}

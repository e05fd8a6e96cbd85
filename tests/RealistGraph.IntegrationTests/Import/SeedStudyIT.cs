using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Import;

/// <summary>The seed study, imported into the real graph, holds the facts the paper reports.</summary>
public sealed class SeedStudyIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.ImportAsync(RepositoryPaths.Seed);
    }

    [Fact]
    public async Task The_study_has_its_metadata_three_domains_and_ten_themes_by_polarity()
    {
        var data = await Fixture.DataAsync("""
            { study(id: "brooks-2023-bsme") { title year doi journal sampleSize authors
                domains { name canonicalDomain themes { code polarity } } } }
            """);
        var study = data.GetProperty("study");
        Assert.Equal(2023, study.GetProperty("year").GetInt32());
        Assert.Equal("10.1097/ACM.0000000000005354", study.GetProperty("doi").GetString());
        Assert.Equal(58, study.GetProperty("sampleSize").GetInt32());
        Assert.Contains("Brooks", study.GetProperty("authors")[0].GetString(), StringComparison.Ordinal);
        var domains = study.GetProperty("domains").EnumerateArray().ToList();
        Assert.Equal(["personal", "social", "structural"], domains.Select(d => d.GetProperty("canonicalDomain").GetString()));
        Assert.Equal([3, 3, 4], domains.Select(d => d.GetProperty("themes").GetArrayLength()));
        var polarities = domains.SelectMany(d => d.GetProperty("themes").EnumerateArray()).Select(t => t.GetProperty("polarity").GetString()).ToList();
        Assert.Equal(5, polarities.Count(p => p == "SUPPORT"));
        Assert.Equal(5, polarities.Count(p => p == "THREAT"));
    }

    [Fact]
    public async Task Every_quote_is_there_with_its_participant_and_theme()
    {
        var data = await Fixture.DataAsync("""
            { themes(first: 20, order: {by: CODE}) { nodes { code quotes { id participant { label site } } } }
              participants(first: 100) { totalCount }
              quotes(first: 1) { totalCount } }
            """);
        var perTheme = data.GetProperty("themes").GetProperty("nodes").EnumerateArray()
            .ToDictionary(t => t.GetProperty("code").GetString()!, t => t.GetProperty("quotes").GetArrayLength());
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["1.1"] = 7, ["1.2"] = 5, ["1.3"] = 6, ["2.1"] = 7, ["2.2"] = 7, ["2.3"] = 5, ["3.1"] = 2, ["3.2"] = 12, ["3.3"] = 3, ["3.4"] = 7,
            },
            perTheme);
        Assert.Equal(61, data.GetProperty("quotes").GetProperty("totalCount").GetInt32());
        Assert.Equal(34, data.GetProperty("participants").GetProperty("totalCount").GetInt32());
        Assert.All(
            data.GetProperty("themes").GetProperty("nodes").EnumerateArray().SelectMany(t => t.GetProperty("quotes").EnumerateArray()),
            q => Assert.Matches("^[0-9]+-[A-G]$", q.GetProperty("participant").GetProperty("label").GetString()!));
    }

    [Fact]
    public async Task Quotes_that_push_against_their_theme_keep_their_own_polarity()
    {
        var data = await Fixture.DataAsync("""
            { quotes(first: 100) { nodes { polarity participant { label } themes { polarity } } } }
            """);
        var own = data.GetProperty("quotes").GetProperty("nodes").EnumerateArray()
            .Where(q => q.GetProperty("polarity").ValueKind != System.Text.Json.JsonValueKind.Null).ToList();
        Assert.Equal(3, own.Count);
        Assert.All(own, q =>
        {
            Assert.Equal("SUPPORT", q.GetProperty("polarity").GetString());
            Assert.Equal("THREAT", q.GetProperty("themes")[0].GetProperty("polarity").GetString());
        });
        Assert.Contains(own, q => q.GetProperty("participant").GetProperty("label").GetString() == "69-B");
    }

    [Fact]
    public async Task The_structural_social_interaction_of_the_discussion_is_stated()
    {
        var data = await Fixture.DataAsync("""
            { study(id: "brooks-2023-bsme") { interactions { kind description from { canonicalDomain } to { canonicalDomain } } } }
            """);
        var interaction = Assert.Single(data.GetProperty("study").GetProperty("interactions").EnumerateArray());
        Assert.Equal("REINFORCING", interaction.GetProperty("kind").GetString());
        Assert.Equal("structural", interaction.GetProperty("from").GetProperty("canonicalDomain").GetString());
        Assert.Equal("social", interaction.GetProperty("to").GetProperty("canonicalDomain").GetString());
        Assert.Contains("siloed", interaction.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}

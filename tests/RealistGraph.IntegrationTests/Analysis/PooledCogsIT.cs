using System.Text.Json;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Analysis;

/// <summary>
/// The seed and the synthetic study use different domain vocabularies (personal/social/structural and
/// individual/relational/collective); pooled, their cogs meet on the canonical domains and add up.
/// </summary>
public sealed class PooledCogsIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string Fields = "pooled unit heaviestDomain { id } cogs { domain { id name canonicalDomain } supports threats salience direction }";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
    }

    [Theory]
    [InlineData("""studyIds: ["brooks-2023-bsme", "synthetic-peer-mentoring"]""")]
    [InlineData("")]
    public async Task Pooled_cogs_stand_for_canonical_domains_and_sum_the_single_study_models(string scope)
    {
        var arguments = scope.Length == 0 ? "" : $"({scope})";
        var data = await Fixture.DataAsync($$"""
            {
              pooled: cogModel{{arguments}} { {{Fields}} }
              seed: cogModel(studyIds: ["brooks-2023-bsme"]) { {{Fields}} }
              synthetic: cogModel(studyIds: ["synthetic-peer-mentoring"]) { {{Fields}} }
            }
            """);
        var pooled = data.GetProperty("pooled");
        Assert.True(pooled.GetProperty("pooled").GetBoolean());
        Assert.False(data.GetProperty("seed").GetProperty("pooled").GetBoolean());
        Assert.False(data.GetProperty("synthetic").GetProperty("pooled").GetBoolean());

        var cogs = pooled.GetProperty("cogs").Items();
        Assert.Equal(
            ["canonical/personal", "canonical/social", "canonical/structural"],
            cogs.Select(c => c.GetProperty("domain").Str("id")).Order());
        Assert.All(cogs, c => Assert.Equal(c.GetProperty("domain").Str("canonicalDomain"), c.GetProperty("domain").Str("name")));

        // The single-study cogs keep their own domains (the synthetic study's are individual/relational/collective).
        Assert.Contains("synthetic-peer-mentoring/relational", data.GetProperty("synthetic").GetProperty("cogs").Items().Select(c => c.GetProperty("domain").Str("id")));

        var seed = ByCanonical(data.GetProperty("seed"));
        var synthetic = ByCanonical(data.GetProperty("synthetic"));
        foreach (var cog in cogs)
        {
            var domain = cog.GetProperty("domain").Str("canonicalDomain");
            foreach (var field in new[] { "supports", "threats" })
            {
                Assert.Equal(
                    seed[domain].GetProperty(field).GetInt32() + synthetic[domain].GetProperty(field).GetInt32(),
                    cog.GetProperty(field).GetInt32());
            }
        }

        Assert.Equal(1.0, cogs.Sum(c => c.GetProperty("salience").GetDouble()), 9);
        // Pooled, the social cog is the heaviest (the synthetic study speaks mostly to relational factors): the
        // heaviest domain is the pooled cog with the largest salience, not the seed's structural one.
        var heaviest = cogs.MaxBy(c => c.GetProperty("salience").GetDouble());
        Assert.Equal(heaviest.GetProperty("domain").Str("id"), pooled.GetProperty("heaviestDomain").Str("id"));
    }

    [Fact]
    public async Task Pooled_counts_are_those_of_both_documents()
    {
        var seed = QuoteCounts(await SeedAsync());
        var synthetic = QuoteCounts(await SyntheticAsync());
        var data = await Fixture.DataAsync("""
            { cogModel(studyIds: ["brooks-2023-bsme", "synthetic-peer-mentoring"]) { cogs { domain { canonicalDomain } supports threats salience } } }
            """);
        var cogs = ByCanonical(data.GetProperty("cogModel"));
        var total = seed.Values.Sum(c => c.Units) + synthetic.Values.Sum(c => c.Units);
        foreach (var domain in new[] { "personal", "social", "structural" })
        {
            Assert.Equal(seed[domain].Supports + synthetic[domain].Supports, cogs[domain].GetProperty("supports").GetInt32());
            Assert.Equal(seed[domain].Threats + synthetic[domain].Threats, cogs[domain].GetProperty("threats").GetInt32());
            Assert.Equal((double)(seed[domain].Units + synthetic[domain].Units) / total, cogs[domain].GetProperty("salience").GetDouble(), 9);
        }

        // 19 + 9 social quotes outweigh 24 + 3 structural ones once the studies are pooled.
        var heaviest = new[] { "personal", "social", "structural" }.MaxBy(d => seed[d].Units + synthetic[d].Units);
        Assert.Equal("social", heaviest);
    }

    [Fact]
    public async Task Stated_interactions_of_both_studies_are_pooled_onto_canonical_domains()
    {
        var data = await Fixture.DataAsync("""
            { cogModel { interactions(source: STATED) { kind from { id } to { id } } } }
            """);
        var stated = data.GetProperty("cogModel").GetProperty("interactions").Items()
            .Select(i => (i.Str("kind"), i.GetProperty("from").Str("id"), i.GetProperty("to").Str("id")))
            .ToList();
        Assert.Contains(("REINFORCING", "canonical/structural", "canonical/social"), stated);
        Assert.Contains(("COUNTERING", "canonical/social", "canonical/structural"), stated);
    }

    private static Dictionary<string, JsonElement> ByCanonical(JsonElement model) =>
        model.GetProperty("cogs").Items().ToDictionary(c => c.GetProperty("domain").Str("canonicalDomain"));
}

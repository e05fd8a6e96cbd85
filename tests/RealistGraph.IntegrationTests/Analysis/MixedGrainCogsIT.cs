using System.Text.Json;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Analysis;

/// <summary>
/// The two bundled studies pooled: the seed is coded to quotes, c-change-2024 has themes only. Every study
/// contributes at its own grain, each cog says who added what, notes say how, and the seed's own cogs stay
/// those of the paper. Expected numbers come from the sample documents.
/// </summary>
public sealed class MixedGrainCogsIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string Fields = """
        pooled unit notes study { id }
        counted { study { id } grain units uncountedThemes { id } }
        heaviestDomain { canonicalDomain }
        cogs { domain { id canonicalDomain } supports threats salience direction themes { id }
               contributions { study { id } grain supports threats mixed units } }
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.ImportAsync(RepositoryPaths.Seed);
    }

    [Fact]
    public async Task Adding_the_second_study_changes_the_pooled_cogs_and_the_answer_says_how()
    {
        var before = (await Fixture.DataAsync($"{{ cogModel {{ {Fields} }} }}")).GetProperty("cogModel");
        await Fixture.ImportAsync(RepositoryPaths.SecondSample);
        var after = (await Fixture.DataAsync($"{{ cogModel {{ {Fields} }} }}")).GetProperty("cogModel");

        var seed = QuoteCounts(await SeedAsync());
        var second = ThemeCounts(await SecondAsync());

        // Before: the seed alone, in quotes, nothing to note.
        Assert.Equal("QUOTES", before.Str("unit"));
        Assert.Equal(0, before.GetProperty("notes").GetArrayLength());
        Assert.Equal(SeedId, before.GetProperty("study").Str("id"));

        // After: both contribute, the seed in quotes and the second study in themes.
        Assert.True(after.GetProperty("pooled").GetBoolean());
        Assert.Equal("MIXED", after.Str("unit"));
        Assert.Equal(JsonValueKind.Null, after.GetProperty("study").ValueKind);
        var counted = after.GetProperty("counted").Items().ToDictionary(c => c.GetProperty("study").Str("id"));
        Assert.Equal(("QUOTES", 61), (counted[SeedId].Str("grain"), counted[SeedId].GetProperty("units").GetInt32()));
        Assert.Equal(("THEMES", 4), (counted[SecondId].Str("grain"), counted[SecondId].GetProperty("units").GetInt32()));

        var cogs = ByCanonical(after);
        var total = seed.Values.Sum(c => c.Units) + second.Values.Sum(c => c.Units);
        foreach (var domain in new[] { "personal", "social", "structural" })
        {
            var fromSecond = second.GetValueOrDefault(domain, new DomainCount(0, 0, 0));
            Assert.Equal(seed[domain].Supports + fromSecond.Supports, cogs[domain].GetProperty("supports").GetInt32());
            Assert.Equal(seed[domain].Threats + fromSecond.Threats, cogs[domain].GetProperty("threats").GetInt32());
            Assert.Equal((double)(seed[domain].Units + fromSecond.Units) / total, cogs[domain].GetProperty("salience").GetDouble(), 9);

            var contributions = cogs[domain].GetProperty("contributions").Items().ToDictionary(c => c.GetProperty("study").Str("id"));
            Assert.Equal(("QUOTES", seed[domain].Supports, seed[domain].Threats), Contribution(contributions[SeedId]));
            if (fromSecond.Units > 0)
            {
                Assert.Equal(("THEMES", fromSecond.Supports, fromSecond.Threats), Contribution(contributions[SecondId]));
            }
            else
            {
                Assert.False(contributions.ContainsKey(SecondId), $"{SecondId} has no {domain} domain");
            }
        }

        // The second study's themes are counted now, not only listed: personal 12+2 / 6, social 14+2 / 5.
        Assert.Equal((14, 6), Counts(cogs["personal"]));
        Assert.Equal((16, 5), Counts(cogs["social"]));
        Assert.Equal((6, 18), Counts(cogs["structural"]));
        Assert.Contains($"{SecondId}/self-reflection", cogs["personal"].GetProperty("themes").Strings("id"));

        var notes = after.GetProperty("notes").Items().Select(n => n.GetString()!).ToList();
        Assert.Contains(notes, n => n.StartsWith("Mixed grain:", StringComparison.Ordinal) && n.Contains($"{SeedId} counts 61 quotes", StringComparison.Ordinal)
            && n.Contains($"{SecondId} has no quotes in scope and counts 4 themes", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("No participants:", StringComparison.Ordinal) && n.Contains(SecondId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_seeds_own_cogs_are_unchanged_by_the_second_study()
    {
        await Fixture.ImportAsync(RepositoryPaths.SecondSample);
        var model = (await Fixture.DataAsync($$"""{ cogModel(studyIds: ["{{SeedId}}"]) { {{Fields}} } }""")).GetProperty("cogModel");
        var cogs = ByCanonical(model);

        Assert.Equal("QUOTES", model.Str("unit"));
        Assert.False(model.GetProperty("pooled").GetBoolean());
        Assert.Equal(0, model.GetProperty("notes").GetArrayLength());
        Assert.Equal("structural", model.GetProperty("heaviestDomain").Str("canonicalDomain"));
        Assert.Equal((12, 6), Counts(cogs["personal"]));
        Assert.Equal((14, 5), Counts(cogs["social"]));
        Assert.Equal((6, 18), Counts(cogs["structural"]));
        Assert.Equal("NEGATIVE", cogs["structural"].Str("direction"));
        Assert.All(cogs.Values, c => Assert.Equal(SeedId, Assert.Single(c.GetProperty("contributions").Items()).GetProperty("study").Str("id")));
    }

    [Fact]
    public async Task By_study_puts_each_study_beside_the_other_in_its_own_domains()
    {
        await Fixture.ImportAsync(RepositoryPaths.SecondSample);
        var data = await Fixture.DataAsync($$"""
            {
              pooled: cogModel(studyIds: ["{{SeedId}}", "{{SecondId}}"]) { byStudy { study { id title } unit notes cogs { domain { id } supports threats salience } } }
              seed: cogModel(studyIds: ["{{SeedId}}"]) { cogs { domain { id } supports threats salience } }
            }
            """);
        var byStudy = data.GetProperty("pooled").GetProperty("byStudy").Items().ToDictionary(s => s.GetProperty("study").Str("id"));

        Assert.Equal([SeedId, SecondId], byStudy.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(data.GetProperty("seed").GetProperty("cogs").GetRawText(), byStudy[SeedId].GetProperty("cogs").GetRawText());
        Assert.Equal("QUOTES", byStudy[SeedId].Str("unit"));

        var second = byStudy[SecondId];
        Assert.StartsWith("Mechanisms of Change", second.GetProperty("study").Str("title"), StringComparison.Ordinal);
        Assert.Equal("THEMES", second.Str("unit"));
        Assert.Equal(
            [($"{SecondId}/group", 2, 0), ($"{SecondId}/individual", 2, 0)],
            second.GetProperty("cogs").Items().Select(c => (c.GetProperty("domain").Str("id"), c.GetProperty("supports").GetInt32(), c.GetProperty("threats").GetInt32()))
                .OrderBy(c => c.Item1, StringComparer.Ordinal));
        Assert.Contains(second.GetProperty("notes").Items(), n => n.GetString()!.StartsWith("No participants:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""cogModel(studyIds: ["brooks-2023-bsme", "no-such-study"]) { unit }""", "no-such-study")]
    [InlineData("""cogModel(participantId: "brooks-2023-bsme/99-Z") { unit }""", "99-Z")]
    [InlineData("""counterRotatingParticipants(threatIn: "structural", supportIn: "social", studyIds: ["no-such-study"]) { threatsInThreatDomain }""", "no-such-study")]
    public async Task An_unknown_study_or_participant_is_NOT_FOUND_not_an_empty_answer(string field, string named)
    {
        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync($"{{ {field} }}"));

        Assert.Equal("NOT_FOUND", code);
        Assert.Contains(named, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_study_without_themes_is_noted_not_dropped_silently()
    {
        await Fixture.DataAsync("""mutation { createStudy(input: {id: "empty-study", title: "A study with nothing coded yet"}) { id } }""");
        var model = (await Fixture.DataAsync($$"""{ cogModel(studyIds: ["{{SeedId}}", "empty-study"]) { pooled notes byStudy { study { id } cogs { supports } } } }""")).GetProperty("cogModel");

        Assert.True(model.GetProperty("pooled").GetBoolean());
        Assert.Contains(model.GetProperty("notes").Items(), n => n.GetString() == "Nothing to count: empty-study has no themes in scope, so it adds nothing to the cogs.");
        Assert.Contains(model.GetProperty("byStudy").Items(), s => s.GetProperty("study").Str("id") == "empty-study" && s.GetProperty("cogs").GetArrayLength() == 0);
    }

    private static (string, int, int) Contribution(JsonElement c) =>
        (c.Str("grain"), c.GetProperty("supports").GetInt32(), c.GetProperty("threats").GetInt32());

    private static (int, int) Counts(JsonElement cog) => (cog.GetProperty("supports").GetInt32(), cog.GetProperty("threats").GetInt32());

    private static Dictionary<string, JsonElement> ByCanonical(JsonElement model) =>
        model.GetProperty("cogs").Items().ToDictionary(c => c.GetProperty("domain").Str("canonicalDomain"));
}

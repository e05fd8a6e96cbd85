using System.Text.Json;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Analysis;

/// <summary>
/// The seed study's cogs, over HTTP, against the paper: the structural cog is the largest and turns against
/// identity formation, the personal and social cogs turn for it, and the stated structural→social interaction is
/// there. Expected counts come from the sample document, read here with <see cref="StudyDocumentLoader"/>.
/// </summary>
public sealed class SeedCogsIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string CogFields = """
        unit pooled allTurnSameWay
        heaviestDomain { id canonicalDomain }
        cogs { domain { id name canonicalDomain } supports threats salience rotation direction themes { id } }
        interactions { kind source description participantCount from { canonicalDomain } to { canonicalDomain } }
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.ImportAsync(RepositoryPaths.Seed);
    }

    [Fact]
    public async Task The_structural_cog_is_the_largest_and_turns_negative_while_personal_and_social_turn_positive()
    {
        var data = await Fixture.DataAsync($$"""
            { cogModel(studyIds: ["brooks-2023-bsme"]) { {{CogFields}} } }
            """);
        var model = data.GetProperty("cogModel");
        var cogs = ByCanonical(model);

        Assert.Equal("QUOTES", model.Str("unit"));
        Assert.False(model.GetProperty("pooled").GetBoolean());
        Assert.Equal(["personal", "social", "structural"], cogs.Keys.Order());
        Assert.Equal("structural", model.GetProperty("heaviestDomain").Str("canonicalDomain"));
        Assert.Equal("brooks-2023-bsme/structural", model.GetProperty("heaviestDomain").Str("id"));
        var structuralSalience = cogs["structural"].GetProperty("salience").GetDouble();
        Assert.All(cogs.Where(c => c.Key != "structural"), c => Assert.True(c.Value.GetProperty("salience").GetDouble() < structuralSalience));

        Assert.Equal("NEGATIVE", cogs["structural"].Str("direction"));
        Assert.Equal("POSITIVE", cogs["personal"].Str("direction"));
        Assert.Equal("POSITIVE", cogs["social"].Str("direction"));
        Assert.True(cogs["structural"].GetProperty("rotation").GetDouble() < 0);
        Assert.False(model.GetProperty("allTurnSameWay").GetBoolean());
        Assert.Equal(1.0, cogs.Values.Sum(c => c.GetProperty("salience").GetDouble()), 9);
    }

    [Fact]
    public async Task Supports_threats_and_salience_per_cog_are_those_of_the_sample_document()
    {
        var document = await SeedAsync();
        var expected = QuoteCounts(document);
        var total = expected.Values.Sum(c => c.Units);

        // The README's table says the same: 61 quotes, 18/19/24 per domain, three supports inside threat themes.
        Assert.Equal(61, total);
        Assert.Equal([18, 19, 24], new[] { "personal", "social", "structural" }.Select(d => expected[d].Units));

        var data = await Fixture.DataAsync("""
            { cogModel(studyIds: ["brooks-2023-bsme"]) { cogs { domain { canonicalDomain } supports threats salience rotation themes { id } } } }
            """);
        var cogs = ByCanonical(data.GetProperty("cogModel"));
        foreach (var (domain, count) in expected)
        {
            var cog = cogs[domain];
            Assert.Equal(count.Supports, cog.GetProperty("supports").GetInt32());
            Assert.Equal(count.Threats, cog.GetProperty("threats").GetInt32());
            Assert.Equal((double)count.Units / total, cog.GetProperty("salience").GetDouble(), 9);
            Assert.Equal((double)(count.Supports - count.Threats) / (count.Supports + count.Threats), cog.GetProperty("rotation").GetDouble(), 9);
            var themeIds = document.Themes.Where(t => document.Domains.Single(d => d.Id == t.Domain).Canonical == domain).Select(t => Global(document, t.Id));
            Assert.Equal(themeIds.Order(), cog.GetProperty("themes").Strings("id").Order());
        }
    }

    [Fact]
    public async Task The_stated_structural_to_social_interaction_is_reinforcing()
    {
        var data = await Fixture.DataAsync("""
            { cogModel(studyIds: ["brooks-2023-bsme"]) {
                stated: interactions(source: STATED) { kind source description from { canonicalDomain } to { canonicalDomain } }
                observed: interactions(source: OBSERVED) { source participantCount participants { id } } } }
            """);
        var stated = Assert.Single(data.GetProperty("cogModel").GetProperty("stated").Items());
        Assert.Equal("REINFORCING", stated.Str("kind"));
        Assert.Equal("STATED", stated.Str("source"));
        Assert.Equal("structural", stated.GetProperty("from").Str("canonicalDomain"));
        Assert.Equal("social", stated.GetProperty("to").Str("canonicalDomain"));
        Assert.Contains("siloed", stated.Str("description"), StringComparison.Ordinal);

        // Observed interactions come from participants quoted in two domains; the source filter keeps them apart.
        Assert.All(data.GetProperty("cogModel").GetProperty("observed").Items(), o =>
        {
            Assert.Equal("OBSERVED", o.Str("source"));
            Assert.Equal(o.GetProperty("participantCount").GetInt32(), o.GetProperty("participants").GetArrayLength());
        });
    }

    [Fact]
    public async Task Participants_quoted_in_several_domains_have_their_own_cogs()
    {
        var document = await SeedAsync();
        var participants = ParticipantsQuotedInDomains(document, 2);
        Assert.NotEmpty(participants);
        var study = QuoteCounts(document);

        foreach (var participant in participants)
        {
            var reply = await Fixture.DataAsync(
                """
                query($p: ID!) { cogModel(participantId: $p) { unit pooled cogs { domain { id canonicalDomain } supports threats salience } } }
                """,
                new { p = Global(document, participant) });
            var model = reply.GetProperty("cogModel");
            Assert.Equal("QUOTES", model.Str("unit"));
            var expected = QuoteCounts(document, participant);
            var total = expected.Values.Sum(c => c.Units);
            var cogs = ByCanonical(model);

            // Only the domains this participant speaks to, with their own quotes' supports and threats.
            Assert.Equal(expected.Keys.Order(), cogs.Keys.Order());
            Assert.True(cogs.Count >= 2, participant);
            foreach (var (domain, count) in expected)
            {
                Assert.Equal(count.Supports, cogs[domain].GetProperty("supports").GetInt32());
                Assert.Equal(count.Threats, cogs[domain].GetProperty("threats").GetInt32());
                Assert.Equal((double)count.Units / total, cogs[domain].GetProperty("salience").GetDouble(), 9);
                Assert.StartsWith("brooks-2023-bsme/", cogs[domain].GetProperty("domain").Str("id"), StringComparison.Ordinal);
            }

            // A person's cogs are not the study's.
            Assert.NotEqual(
                study.OrderBy(c => c.Key).Select(c => (c.Value.Supports, c.Value.Threats)),
                expected.OrderBy(c => c.Key).Select(c => (c.Value.Supports, c.Value.Threats)));
        }
    }

    [Fact]
    public async Task An_unknown_participant_is_not_found()
    {
        var reply = await Fixture.GraphQLAsync("""{ cogModel(participantId: "brooks-2023-bsme/nobody") { unit } }""");
        var (message, code) = Replies.SingleError(reply);
        Assert.Equal("NOT_FOUND", code);
        Assert.Contains("participantId", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_outside_the_studies_asked_about_is_a_validation_error()
    {
        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
        var reply = await Fixture.GraphQLAsync("""
            { cogModel(studyIds: ["synthetic-peer-mentoring"], participantId: "brooks-2023-bsme/51-C") { unit } }
            """);
        var (message, code) = Replies.SingleError(reply);
        Assert.Equal("VALIDATION", code);
        Assert.Contains("participantId", message, StringComparison.Ordinal);
        Assert.Contains("brooks-2023-bsme", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_study_without_quotes_is_counted_by_themes_through_the_import_mutation()
    {
        var synthetic = await SyntheticAsync();
        var bare = Copy(synthetic);
        bare.Id = "synthetic-without-quotes";
        bare.Quotes.Clear();
        bare.Links.Clear();
        Assert.Empty(bare.Quotes);

        var imported = await Fixture.DataAsync(
            """mutation($d: String!) { importStudy(document: $d) { studyId change } }""",
            new { d = StudyDocumentWriter.ToYaml(bare) });
        Assert.Equal("CREATED", imported.GetProperty("importStudy").Str("change"));

        var data = await Fixture.DataAsync("""
            { cogModel(studyIds: ["synthetic-without-quotes"]) {
                unit allTurnSameWay
                cogs { domain { id canonicalDomain } supports threats salience direction }
                interactions(source: OBSERVED) { kind } } }
            """);
        var model = data.GetProperty("cogModel");
        Assert.Equal("THEMES", model.Str("unit"));
        Assert.Empty(model.GetProperty("interactions").Items());

        var expected = ThemeCounts(bare);
        var total = expected.Values.Sum(c => c.Units);
        var cogs = ByCanonical(model);
        Assert.Equal(expected.Keys.Order(), cogs.Keys.Order());
        foreach (var (domain, count) in expected)
        {
            Assert.Equal(count.Supports, cogs[domain].GetProperty("supports").GetInt32());
            Assert.Equal(count.Threats, cogs[domain].GetProperty("threats").GetInt32());
            Assert.Equal((double)count.Units / total, cogs[domain].GetProperty("salience").GetDouble(), 9);
            Assert.StartsWith("synthetic-without-quotes/", cogs[domain].GetProperty("domain").Str("id"), StringComparison.Ordinal);
        }

        // The collective domain holds only a mixed theme: evidence, but no push either way.
        Assert.Equal("STILL", cogs["structural"].Str("direction"));
        Assert.True(cogs["structural"].GetProperty("salience").GetDouble() > 0);
    }

    private static Dictionary<string, JsonElement> ByCanonical(JsonElement model) =>
        model.GetProperty("cogs").Items().ToDictionary(c => c.GetProperty("domain").Str("canonicalDomain"));
}

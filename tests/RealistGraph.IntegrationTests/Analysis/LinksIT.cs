using System.Text.Json;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Analysis;

/// <summary>Cross-study links over GraphQL: made, found, followed, removed, refused, and kept or dropped by re-imports.</summary>
public sealed class LinksIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string AddLink = """
        mutation($input: AddLinkInput!) {
          addLink(input: $input) {
            id relation rationale author createdAt
            from { ... on Theme { id studyId } }
            to { ... on Theme { id studyId } }
          }
        }
        """;

    private const string SelfDoubt = "synthetic-peer-mentoring/persistent-self-doubt";
    private const string Imposter = "brooks-2023-bsme/imposter-syndrome";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
    }

    [Fact]
    public async Task A_link_made_with_addLink_is_found_by_studies_and_relation_and_on_both_themes()
    {
        var added = (await Fixture.DataAsync(AddLink, new
        {
            input = new { fromId = SelfDoubt, toId = Imposter, relation = "CORROBORATES", rationale = "  Both find doubt about being a real educator.  ", author = "An evaluator" },
        })).GetProperty("addLink");
        Assert.Equal("CORROBORATES", added.Str("relation"));
        Assert.Equal("Both find doubt about being a real educator.", added.Str("rationale"));
        Assert.Equal("An evaluator", added.Str("author"));
        Assert.Equal(SelfDoubt, added.GetProperty("from").Str("id"));
        Assert.Equal(Imposter, added.GetProperty("to").Str("id"));
        Assert.True(DateTimeOffset.Parse(added.Str("createdAt"), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-5));
        var id = added.Str("id");

        var synthetic = await SyntheticAsync();
        var fixtureCorroborations = synthetic.Links.Where(l => l.Relation == "corroborates").Select(l => Global(synthetic, l.From)).ToList();
        Assert.NotEmpty(fixtureCorroborations);

        var data = await Fixture.DataAsync("""
            query($theme: ID!) {
              corroborating: findingLinks(fromStudyId: "synthetic-peer-mentoring", toStudyId: "brooks-2023-bsme", relations: [CORROBORATES]) {
                id relation from { ... on Theme { id } } }
              all: findingLinks(fromStudyId: "synthetic-peer-mentoring") { id relation }
              backwards: findingLinks(fromStudyId: "brooks-2023-bsme", toStudyId: "synthetic-peer-mentoring") { id }
              refining: findingLinks(relations: [REFINES]) { id }
              theme(id: $theme) { links { id relation rationale from { ... on Theme { id } } } }
              other: theme(id: "synthetic-peer-mentoring/persistent-self-doubt") { links { id } }
            }
            """, new { theme = Imposter });

        var corroborating = data.GetProperty("corroborating").Items();
        Assert.All(corroborating, l => Assert.Equal("CORROBORATES", l.Str("relation")));
        Assert.Equal(fixtureCorroborations.Append(SelfDoubt).Order(), corroborating.Select(l => l.GetProperty("from").Str("id")).Order());
        Assert.Equal(synthetic.Links.Count + 1, data.GetProperty("all").GetArrayLength());
        Assert.Empty(data.GetProperty("backwards").Items());
        Assert.Empty(data.GetProperty("refining").Items());

        var onTheme = Assert.Single(data.GetProperty("theme").GetProperty("links").Items());
        Assert.Equal(id, onTheme.Str("id"));
        Assert.Equal(SelfDoubt, onTheme.GetProperty("from").Str("id"));
        Assert.Equal(id, Assert.Single(data.GetProperty("other").GetProperty("links").Items()).Str("id"));
    }

    [Fact]
    public async Task Linked_findings_are_followed_to_the_depth_asked_across_three_studies()
    {
        await Fixture.Importer.ImportAsync(ThirdStudy());
        const string third = "third-mentoring-study/doubting-oneself";
        await Link(third, SelfDoubt, "REFINES");
        await Link(SelfDoubt, Imposter, "CORROBORATES");

        var data = await Fixture.DataAsync("""
            query($id: ID!) {
              one: linkedFindings(id: $id, depth: 1) { depth finding { ... on Theme { id studyId } } }
              two: linkedFindings(id: $id, depth: 2) { depth finding { ... on Theme { id studyId } } }
              back: linkedFindings(id: "brooks-2023-bsme/imposter-syndrome", depth: 2) { depth finding { ... on Theme { id } } }
            }
            """, new { id = third });

        var one = data.GetProperty("one").Items();
        Assert.Equal([(SelfDoubt, 1)], one.Select(Reached));
        var two = data.GetProperty("two").Items();
        Assert.Equal([(SelfDoubt, 1), (Imposter, 2)], two.Select(Reached));
        Assert.Equal(["synthetic-peer-mentoring", "brooks-2023-bsme"], two.Select(f => f.GetProperty("finding").Str("studyId")));

        // Links are followed in either direction: from the far end the chain comes back.
        Assert.Equal([(SelfDoubt, 1), (third, 2)], data.GetProperty("back").Items().Select(Reached));
    }

    [Fact]
    public async Task A_depth_out_of_range_is_a_validation_error()
    {
        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync("""{ linkedFindings(id: "brooks-2023-bsme/imposter-syndrome", depth: 0) { depth } }"""));
        Assert.Equal("VALIDATION", code);
        Assert.Contains("depth", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fromStudyId: \"no-such-study\"", "fromStudyId: no study 'no-such-study'.")]
    [InlineData("toStudyId: \"no-such-study\"", "toStudyId: no study 'no-such-study'.")]
    [InlineData("studyId: \"no-such-study\"", "studyId: no study 'no-such-study'.")]
    [InlineData("between: [\"brooks-2023-bsme\", \"no-such-study\", \"nor-this-one\"]", "between: no study 'no-such-study', 'nor-this-one'.")]
    [InlineData("fromStudyId: \"synthetic-peer-mentoring\", toStudyId: \"brooks-2023-bsme\", studyId: \"no-such-study\"", "studyId: no study 'no-such-study'.")]
    public async Task Links_of_a_study_that_does_not_exist_are_not_found_naming_the_argument_and_the_id(string arguments, string expected)
    {
        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync($$"""{ findingLinks({{arguments}}) { id } }"""));

        Assert.Equal("NOT_FOUND", code);
        Assert.Equal(expected, message);
    }

    [Fact]
    public async Task Following_links_from_a_finding_that_does_not_exist_is_not_found()
    {
        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync("""{ linkedFindings(id: "brooks-2023-bsme/no-such-theme") { depth } }"""));
        Assert.Equal("NOT_FOUND", code);
        Assert.Contains("no-such-theme", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveLink_returns_the_link_and_it_is_gone()
    {
        var id = await Link(SelfDoubt, Imposter, "CONTRADICTS");
        var removed = (await Fixture.DataAsync(
            """mutation($id: ID!) { removeLink(id: $id) { id relation from { ... on Theme { id } } to { ... on Theme { id } } } }""",
            new { id })).GetProperty("removeLink");
        Assert.Equal(id, removed.Str("id"));
        Assert.Equal("CONTRADICTS", removed.Str("relation"));
        Assert.Equal(SelfDoubt, removed.GetProperty("from").Str("id"));

        var data = await Fixture.DataAsync("""
            { findingLinks(relations: [CONTRADICTS]) { id }
              theme(id: "brooks-2023-bsme/imposter-syndrome") { links { id } } }
            """);
        Assert.Empty(data.GetProperty("findingLinks").Items());
        Assert.Empty(data.GetProperty("theme").GetProperty("links").Items());

        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync("""mutation($id: ID!) { removeLink(id: $id) { id } }""", new { id }));
        Assert.Equal("NOT_FOUND", code);
        Assert.Contains(id, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_within_one_study_is_refused_naming_the_field()
    {
        var reply = await Fixture.GraphQLAsync(AddLink, new
        {
            input = new { fromId = SelfDoubt, toId = "synthetic-peer-mentoring/peer-community", relation = "REFINES", rationale = "same study", author = "tests" },
        });
        var (message, code) = Replies.SingleError(reply);
        Assert.Equal("VALIDATION", code);
        Assert.Contains("input.toId", message, StringComparison.Ordinal);
        await AssertNoLinkMadeAsync();
    }

    [Theory]
    [InlineData("synthetic-peer-mentoring/no-such-theme", Imposter, "input.fromId")]
    [InlineData(SelfDoubt, "brooks-2023-bsme/no-such-theme", "input.toId")]
    public async Task A_link_to_an_unknown_finding_is_not_found(string fromId, string toId, string field)
    {
        var reply = await Fixture.GraphQLAsync(AddLink, new
        {
            input = new { fromId, toId, relation = "CORROBORATES", rationale = "a reason", author = "tests" },
        });
        var (message, code) = Replies.SingleError(reply);
        Assert.Equal("NOT_FOUND", code);
        Assert.Contains(field, message, StringComparison.Ordinal);
        await AssertNoLinkMadeAsync();
    }

    [Fact]
    public async Task The_same_link_twice_is_a_conflict_and_the_fixtures_link_too()
    {
        await Link(SelfDoubt, Imposter, "CORROBORATES");
        var (_, code) = Replies.SingleError(await Fixture.GraphQLAsync(AddLink, new
        {
            input = new { fromId = SelfDoubt, toId = Imposter, relation = "CORROBORATES", rationale = "again", author = "tests" },
        }));
        Assert.Equal("CONFLICT", code);

        // The fixture's own link, made by import, is the same link when made again by hand.
        var (_, fixtureCode) = Replies.SingleError(await Fixture.GraphQLAsync(AddLink, new
        {
            input = new { fromId = "synthetic-peer-mentoring/peer-community", toId = "brooks-2023-bsme/communities-of-practice", relation = "CORROBORATES", rationale = "again", author = "tests" },
        }));
        Assert.Equal("CONFLICT", fixtureCode);

        // Another relation between the same findings is another link.
        await Link(SelfDoubt, Imposter, "REFINES");
    }

    [Theory]
    [InlineData("", "tests", "input.rationale")]
    [InlineData("   ", "tests", "input.rationale")]
    [InlineData("a reason", " ", "input.author")]
    public async Task A_link_without_a_reason_or_an_author_is_refused(string rationale, string author, string field)
    {
        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync(AddLink, new
        {
            input = new { fromId = SelfDoubt, toId = Imposter, relation = "CORROBORATES", rationale, author },
        }));
        Assert.Equal("VALIDATION", code);
        Assert.Contains(field, message, StringComparison.Ordinal);
        await AssertNoLinkMadeAsync();
    }

    [Fact]
    public async Task Links_into_the_seed_survive_its_reimport_and_are_reported_dropped_when_their_target_goes()
    {
        var synthetic = await SyntheticAsync();
        var intoSeed = synthetic.Links.Where(l => l.To.StartsWith(SeedId + "/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(intoSeed);
        var added = await Link(SelfDoubt, Imposter, "CORROBORATES");
        const string Links = """{ findingLinks(toStudyId: "brooks-2023-bsme") { id relation from { ... on Theme { id } } to { ... on Theme { id } } } }""";
        var before = (await Fixture.DataAsync(Links)).GetProperty("findingLinks").Strings("id").Order().ToList();
        Assert.Equal(intoSeed.Count + 1, before.Count);

        // Edit a theme summary: the seed is updated, every link into it kept.
        var edited = await SeedAsync();
        edited.Themes.Single(t => t.Id == "communities-of-practice").Summary += " (edited by a test)";
        var update = (await ImportStudy(edited)).GetProperty("importStudy");
        Assert.Equal("UPDATED", update.Str("change"));
        Assert.Empty(update.GetProperty("droppedLinks").Items());
        Assert.Equal(before, (await Fixture.DataAsync(Links)).GetProperty("findingLinks").Strings("id").Order());
        var summary = (await Fixture.DataAsync("""{ theme(id: "brooks-2023-bsme/communities-of-practice") { summary } }""")).GetProperty("theme").Str("summary");
        Assert.EndsWith("(edited by a test)", summary, StringComparison.Ordinal);

        // Remove the theme the fixture's corroboration points at: that link is dropped and reported, the others kept.
        var target = intoSeed.Single(l => l.To == $"{SeedId}/communities-of-practice");
        var without = Without(edited, "communities-of-practice");
        var removal = (await ImportStudy(without)).GetProperty("importStudy");
        Assert.Equal("UPDATED", removal.Str("change"));
        var dropped = Assert.Single(removal.GetProperty("droppedLinks").Items()).GetString()!;
        Assert.Contains(Global(synthetic, target.From), dropped, StringComparison.Ordinal);
        Assert.Contains(target.To, dropped, StringComparison.Ordinal);

        var after = (await Fixture.DataAsync(Links)).GetProperty("findingLinks").Items();
        Assert.Equal(before.Count - 1, after.Count);
        Assert.DoesNotContain(after, l => l.GetProperty("to").Str("id") == target.To);
        Assert.Contains(after, l => l.Str("id") == added);
    }

    /// <summary>The seed without one theme, its quotes, and its place in CMO configurations.</summary>
    private static StudyDocument Without(StudyDocument seed, string themeId)
    {
        var copy = Copy(seed);
        copy.Themes.RemoveAll(t => t.Id == themeId);
        foreach (var quote in copy.Quotes)
        {
            quote.Themes.Remove(themeId);
        }

        copy.Quotes.RemoveAll(q => q.Themes.Count == 0);
        foreach (var cmo in copy.CmoConfigurations)
        {
            cmo.Themes.Remove(themeId);
        }

        var quoted = copy.Quotes.Select(q => q.Participant).ToHashSet();
        copy.Participants.RemoveAll(p => !quoted.Contains(p.Id));
        return copy;
    }

    private Task<JsonElement> ImportStudy(StudyDocument document) => Fixture.DataAsync(
        """mutation($d: String!) { importStudy(document: $d) { studyId change droppedLinks } }""",
        new { d = StudyDocumentWriter.ToYaml(document) });

    private async Task<string> Link(string fromId, string toId, string relation) =>
        (await Fixture.DataAsync(AddLink, new { input = new { fromId, toId, relation, rationale = "made by a test", author = "tests" } }))
        .GetProperty("addLink").Str("id");

    private async Task AssertNoLinkMadeAsync()
    {
        var synthetic = await SyntheticAsync();
        var data = await Fixture.DataAsync("{ findingLinks { id } }");
        Assert.Equal(synthetic.Links.Count, data.GetProperty("findingLinks").GetArrayLength());
    }

    private static (string, int) Reached(JsonElement f) => (f.GetProperty("finding").Str("id"), f.GetProperty("depth").GetInt32());
}

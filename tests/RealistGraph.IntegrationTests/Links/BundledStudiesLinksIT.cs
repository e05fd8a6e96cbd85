using System.Text.Json;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Links;

/// <summary>
/// Links between findings of every kind, on the two bundled studies (the seed and c-change) in the real Neo4j:
/// a function of c-change addresses a seed threat and is found from both sides, hops carry their link, and
/// recurring groups never mix a support with a threat.
/// </summary>
public sealed class BundledStudiesLinksIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string CareerPlanning = "c-change-2024/fn-envisioning-successful-future";
    private const string UnclearCareers = "brooks-2023-bsme/unclear-career-trajectories";
    private const string SelfReflection = "c-change-2024/self-reflection";
    private const string Imposter = "brooks-2023-bsme/imposter-syndrome";

    private const string FindingFields = """
        fragment F on Finding { __typename
          ... on Theme { id studyId polarity } ... on Mechanism { id studyId } ... on Context { id studyId }
          ... on Outcome { id studyId valence } ... on CmoConfiguration { id studyId outcome { valence } } ... on Intervention { id studyId }
          ... on Function { id studyId } ... on Activity { id studyId } }
        """;

    private const string AddLink = """
        mutation($input: AddLinkInput!) { addLink(input: $input) { id relation fromStudyId toStudyId from { __typename } to { __typename } } }
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.SecondSample);
    }

    [Fact]
    public async Task A_function_of_c_change_addresses_a_seed_threat_and_is_found_from_both_studies_and_both_ends()
    {
        var document = await SecondAsync();
        var data = await Fixture.DataAsync($$"""
            {
              between: findingLinks(between: ["{{SeedId}}", "{{SecondId}}"]) { id relation rationale from { ...F } to { ...F } }
              reversed: findingLinks(between: ["{{SecondId}}", "{{SeedId}}"]) { id }
              touchingSeed: findingLinks(studyId: "{{SeedId}}") { id }
              seedToSecond: findingLinks(fromStudyId: "{{SeedId}}", toStudyId: "{{SecondId}}") { id }
              addressing: findingLinks(between: ["{{SeedId}}", "{{SecondId}}"], relations: [ADDRESSES]) { id from { ...F } to { ...F } }
              function(id: "{{CareerPlanning}}") { links { id relation from { ...F } to { ...F } } }
              theme(id: "{{UnclearCareers}}") { polarity links { id relation from { ...F } } }
            }
            {{FindingFields}}
            """);

        var between = data.GetProperty("between").Items();
        Assert.Equal(document.Links.Count, between.Count);
        Assert.Equal(data.GetProperty("between").Strings("id").Order(), data.GetProperty("reversed").Strings("id").Order());
        Assert.Equal(data.GetProperty("between").Strings("id").Order(), data.GetProperty("touchingSeed").Strings("id").Order());
        Assert.Empty(data.GetProperty("seedToSecond").Items());

        var addressing = data.GetProperty("addressing").Items();
        Assert.Equal(document.Links.Count(l => l.Relation == "addresses"), addressing.Count);
        Assert.All(addressing, l =>
        {
            Assert.Equal("Function", l.GetProperty("from").Str("__typename"));
            Assert.Equal("THREAT", l.GetProperty("to").Str("polarity"));
        });

        var fromFunction = Assert.Single(data.GetProperty("function").GetProperty("links").Items());
        Assert.Equal("ADDRESSES", fromFunction.Str("relation"));
        Assert.Equal(UnclearCareers, fromFunction.GetProperty("to").Str("id"));
        var theme = data.GetProperty("theme");
        Assert.Equal("THREAT", theme.Str("polarity"));
        var atThreat = Assert.Single(theme.GetProperty("links").Items(), l => l.Str("id") == fromFunction.Str("id"));
        Assert.Equal(CareerPlanning, atThreat.GetProperty("from").Str("id"));
        Assert.Equal("Function", atThreat.GetProperty("from").Str("__typename"));
    }

    [Theory]
    [InlineData("brooks-2023-bsme/local-teaching-academy", "Intervention", "c-change-2024/out-group-change")]
    [InlineData("brooks-2023-bsme/ctx-siloed-in-research-departments", "Context", "c-change-2024/out-individual-change")]
    [InlineData("brooks-2023-bsme/act-academy-membership", "Activity", "c-change-2024/out-group-change")]
    public async Task Every_kind_can_start_or_end_a_link_and_the_link_is_logged_in_both_studies_and_removed(string from, string kind, string to)
    {
        var added = (await Fixture.DataAsync(AddLink, new { input = new { fromId = from, toId = to, relation = "EXTENDS", rationale = "a test's reason", author = "tests" } }))
            .GetProperty("addLink");
        Assert.Equal(("EXTENDS", SeedId, SecondId, kind, "Outcome"), (added.Str("relation"), added.Str("fromStudyId"), added.Str("toStudyId"),
            added.GetProperty("from").Str("__typename"), added.GetProperty("to").Str("__typename")));
        var id = added.Str("id");

        var data = await Fixture.DataAsync($$"""
            query($to: ID!) {
              outcome(id: $to) { links { id } }
              seedLog: changes(studyId: "{{SeedId}}", first: 50) { nodes { action target } }
              secondLog: changes(studyId: "{{SecondId}}", first: 50) { nodes { action target } }
            }
            """, new { to });
        Assert.Equal([id], data.GetProperty("outcome").GetProperty("links").Strings("id"));
        Assert.Contains(data.GetProperty("seedLog").GetProperty("nodes").Items(), e => e.Str("action") == "addLink" && e.Str("target") == from);
        Assert.Contains(data.GetProperty("secondLog").GetProperty("nodes").Items(), e => e.Str("action") == "addLink" && e.Str("target") == to);

        await Fixture.DataAsync("""mutation($id: ID!) { removeLink(id: $id) { id } }""", new { id });
        Assert.Empty((await Fixture.DataAsync("""query($to: ID!) { outcome(id: $to) { links { id } } }""", new { to })).GetProperty("outcome").GetProperty("links").Items());
    }

    [Theory]
    [InlineData("c-change-2024/no-such-function", UnclearCareers, "ADDRESSES", "NOT_FOUND", "input.fromId")]
    [InlineData(CareerPlanning, "brooks-2023-bsme/no-such-theme", "ADDRESSES", "NOT_FOUND", "input.toId")]
    [InlineData(CareerPlanning, SelfReflection, "ADDRESSES", "VALIDATION", "same study")]
    [InlineData(SelfReflection, Imposter, "ADDRESSES", "VALIDATION", "only an intervention, function or activity")]
    public async Task A_link_that_cannot_hold_is_refused_with_its_code_and_nothing_is_stored(string fromId, string toId, string relation, string code, string says)
    {
        var before = (await Fixture.DataAsync("{ findingLinks { id } }")).GetProperty("findingLinks").GetArrayLength();

        var (message, actual) = Replies.SingleError(await Fixture.GraphQLAsync(AddLink, new { input = new { fromId, toId, relation, rationale = "a reason", author = "tests" } }));

        Assert.Equal(code, actual);
        Assert.Contains(says, message, StringComparison.Ordinal);
        Assert.Equal(before, (await Fixture.DataAsync("{ findingLinks { id } }")).GetProperty("findingLinks").GetArrayLength());
    }

    [Fact]
    public async Task Between_one_study_is_a_validation_error()
    {
        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync($$"""{ findingLinks(between: ["{{SeedId}}"]) { id } }"""));
        Assert.Equal("VALIDATION", code);
        Assert.Contains("between", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_hop_of_linkedFindings_carries_the_link_followed_its_relation_rationale_and_direction()
    {
        var document = await SecondAsync();
        var data = await Fixture.DataAsync($$"""
            {
              fromThreat: linkedFindings(id: "{{UnclearCareers}}", depth: 2) { ...Hop }
              fromFunction: linkedFindings(id: "{{CareerPlanning}}") { ...Hop }
              twoHops: linkedFindings(id: "c-change-2024/group-culture", depth: 2) { ...Hop }
            }
            fragment Hop on LinkedFinding { depth relation rationale direction finding { ...F } via { ...F } link { id relation from { ...F } to { ...F } } }
            {{FindingFields}}
            """);

        var fromThreat = data.GetProperty("fromThreat").Items();
        var viaFunction = Assert.Single(fromThreat, h => h.GetProperty("finding").Str("id") == CareerPlanning);
        var expected = document.Links.Single(l => l.From == "fn-envisioning-successful-future");
        Assert.Equal((1, "ADDRESSES", "INCOMING", UnclearCareers), (viaFunction.GetProperty("depth").GetInt32(), viaFunction.Str("relation"), viaFunction.Str("direction"),
            viaFunction.GetProperty("via").Str("id")));
        Assert.Equal(expected.Rationale.Trim(), viaFunction.Str("rationale").Trim());
        Assert.Equal(CareerPlanning, viaFunction.GetProperty("link").GetProperty("from").Str("id"));
        Assert.Contains(fromThreat, h => h.GetProperty("finding").Str("id") == "c-change-2024/envisioning-successful-future" && h.Str("relation") == "REFINES");
        Assert.All(fromThreat, h => Assert.Equal(1, h.GetProperty("depth").GetInt32()));

        var back = Assert.Single(data.GetProperty("fromFunction").Items());
        Assert.Equal((UnclearCareers, "OUTGOING", "ADDRESSES"), (back.GetProperty("finding").Str("id"), back.Str("direction"), back.Str("relation")));

        // group-culture corroborates communities-of-practice, which empathic-relationships is similar to: a second hop, followed backwards.
        var twoHops = data.GetProperty("twoHops").Items();
        var first = Assert.Single(twoHops, h => h.GetProperty("finding").Str("id") == "brooks-2023-bsme/communities-of-practice");
        Assert.Equal((1, "CORROBORATES", "OUTGOING"), (first.GetProperty("depth").GetInt32(), first.Str("relation"), first.Str("direction")));
        var second = Assert.Single(twoHops, h => h.GetProperty("finding").Str("id") == "c-change-2024/empathic-relationships");
        Assert.Equal((2, "SIMILAR_TO", "INCOMING", "brooks-2023-bsme/communities-of-practice"),
            (second.GetProperty("depth").GetInt32(), second.Str("relation"), second.Str("direction"), second.GetProperty("via").Str("id")));
        Assert.All(twoHops, h => Assert.Contains(h.GetProperty("via").Str("id"), new[] { h.GetProperty("link").GetProperty("from").Str("id"), h.GetProperty("link").GetProperty("to").Str("id") }));
    }

    [Fact]
    public async Task Recurring_groups_never_mix_polarity_form_only_through_same_finding_links_and_show_them()
    {
        // A careless link: a support of c-change "similar to" a threat of the seed. It must not join them.
        var careless = (await Fixture.DataAsync(AddLink, new { input = new { fromId = SelfReflection, toId = Imposter, relation = "SIMILAR_TO", rationale = "careless", author = "tests" } }))
            .GetProperty("addLink").Str("id");
        const string Query = """
            query($k: Int!) { recurringFindings(minStudies: $k, kinds: [THEME, MECHANISM, CONTEXT, OUTCOME, CMO_CONFIGURATION, INTERVENTION, FUNCTION, ACTIVITY]) {
              studyCount polarities findings { ...F } links { id relation from { ...F } to { ...F } } unfollowedLinks { id } } }
            """ + FindingFields;

        var groups = (await Fixture.DataAsync(Query, new { k = 2 })).GetProperty("recurringFindings").Items();

        Assert.NotEmpty(groups);
        foreach (var group in groups)
        {
            var members = group.GetProperty("findings").Items();
            var polarities = members.Select(PolarityOf).OfType<string>().ToHashSet();
            Assert.False(polarities.Contains("SUPPORT") && polarities.Contains("THREAT"), $"a group mixes polarity: {string.Join(", ", members.Select(m => m.Str("id")))}");
            Assert.Equal(polarities.Order(), group.GetProperty("polarities").Items().Select(p => p.GetString()!).Order());
            var ids = members.Select(m => m.Str("id")).ToHashSet();
            var links = group.GetProperty("links").Items();
            Assert.True(links.Count >= ids.Count - 1, "the links shown must join every finding of the group");
            Assert.All(links, l =>
            {
                Assert.Contains(l.Str("relation"), new[] { "CORROBORATES", "SIMILAR_TO" });
                Assert.Contains(l.GetProperty("from").Str("id"), ids);
                Assert.Contains(l.GetProperty("to").Str("id"), ids);
            });
        }

        // The seed's communities of practice recurs with c-change's group culture and empathic relationships, through the sample's own links.
        var community = Assert.Single(groups, g => g.GetProperty("findings").Items().Any(f => f.Str("id") == "brooks-2023-bsme/communities-of-practice"));
        Assert.Equal(["brooks-2023-bsme/communities-of-practice", "c-change-2024/empathic-relationships", "c-change-2024/group-culture"],
            community.GetProperty("findings").Strings("id").Order(StringComparer.Ordinal));
        Assert.Equal(["SUPPORT"], community.GetProperty("polarities").Items().Select(p => p.GetString()));

        // REFINES and ADDRESSES join nothing, and the careless link is shown as not followed on both ends.
        Assert.DoesNotContain(groups, g => g.GetProperty("findings").Items().Any(f => f.Str("id") is UnclearCareers or Imposter));
        var all = (await Fixture.DataAsync(Query, new { k = 1 })).GetProperty("recurringFindings").Items();
        foreach (var end in new[] { SelfReflection, Imposter })
        {
            var group = Assert.Single(all, g => g.GetProperty("findings").Items().Any(f => f.Str("id") == end));
            Assert.Equal([careless], group.GetProperty("unfollowedLinks").Strings("id"));
        }
    }

    [Fact]
    public async Task The_links_of_a_function_go_out_with_the_study_document_and_come_back_unchanged()
    {
        var yaml = (await Fixture.DataAsync($$"""{ exportStudy(id: "{{SecondId}}") }""")).Str("exportStudy");
        Assert.Contains("from: fn-envisioning-successful-future", yaml, StringComparison.Ordinal);
        Assert.Contains("relation: addresses", yaml, StringComparison.Ordinal);

        await Fixture.DataAsync("""mutation { deleteStudy(id: "c-change-2024") { id } }""");
        Assert.Empty((await Fixture.DataAsync($$"""{ findingLinks(studyId: "{{SeedId}}") { id } }""")).GetProperty("findingLinks").Items());

        var reimport = (await Fixture.DataAsync("""mutation($d: String!) { importStudy(document: $d) { change droppedLinks } }""", new { d = yaml })).GetProperty("importStudy");
        Assert.Equal("CREATED", reimport.Str("change"));
        Assert.Empty(reimport.GetProperty("droppedLinks").Items());
        var links = (await Fixture.DataAsync($$"""{ findingLinks(between: ["{{SeedId}}", "{{SecondId}}"], relations: [ADDRESSES]) { from { ...F } to { ...F } } } {{FindingFields}}"""))
            .GetProperty("findingLinks").Items();
        Assert.Contains(links, l => l.GetProperty("from").Str("id") == CareerPlanning && l.GetProperty("to").Str("id") == UnclearCareers);
    }

    private static string? PolarityOf(JsonElement finding) => finding.Str("__typename") switch
    {
        "Theme" => finding.Str("polarity"),
        "Outcome" => Valence(finding.Str("valence")),
        "CmoConfiguration" => finding.GetProperty("outcome").ValueKind == JsonValueKind.Null ? null : Valence(finding.GetProperty("outcome").Str("valence")),
        _ => null,
    };

    private static string Valence(string valence) => valence switch { "POSITIVE" => "SUPPORT", "NEGATIVE" => "THREAT", _ => valence };
}

using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Mutations;

/// <summary>Connecting and disconnecting the many-to-many relationships, and moving single references.</summary>
public sealed class RelationshipMutationsIT(RealistGraphFixture fixture) : MutationTest(fixture)
{
    public static TheoryData<string, string> EvidenceTargets => new()
    {
        { "themes", "brooks-2023-bsme/imposter-syndrome" },
        { "mechanisms", "brooks-2023-bsme/mech-imposter-doubt" },
        { "cmoConfigurations", "brooks-2023-bsme/cmo-untrained-imposter" },
        { "functions", "brooks-2023-bsme/fn-local-community" },
        { "activities", "brooks-2023-bsme/act-academy-membership" },
    };

    [Theory]
    [MemberData(nameof(EvidenceTargets))]
    public async Task A_quote_is_connected_to_and_disconnected_from_what_it_evidences(string field, string targetId)
    {
        var connected = await Fixture.DataAsync($$$"""
            mutation { connectEvidence(quoteId: "brooks-2023-bsme/q01", targetId: "{{{targetId}}}") { id {{{field}}} { id } } }
            """);
        Assert.Contains(targetId, connected.GetProperty("connectEvidence").GetProperty(field).EnumerateArray().Select(t => t.GetProperty("id").GetString()));

        var disconnected = await Fixture.DataAsync($$$"""
            mutation { disconnectEvidence(quoteId: "brooks-2023-bsme/q01", targetId: "{{{targetId}}}") { id {{{field}}} { id } } }
            """);
        Assert.DoesNotContain(targetId, disconnected.GetProperty("disconnectEvidence").GetProperty(field).EnumerateArray().Select(t => t.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Connecting_twice_records_one_relationship_and_the_export_lists_it_last()
    {
        const string Connect = """
            mutation { connectEvidence(quoteId: "brooks-2023-bsme/q01", targetId: "brooks-2023-bsme/imposter-syndrome") { themes { id } } }
            """;
        await Fixture.DataAsync(Connect);
        var data = await Fixture.DataAsync(Connect);
        AssertJson(
            """{"themes": [{"id": "brooks-2023-bsme/attraction-to-teaching"}, {"id": "brooks-2023-bsme/imposter-syndrome"}]}""",
            data.GetProperty("connectEvidence"));

        var exported = (await Fixture.Exporter.ExportAsync(Seed))!;
        Assert.Contains("themes: [attraction-to-teaching, imposter-syndrome]", RealistGraph.Documents.StudyDocuments.StudyDocumentWriter.ToYaml(exported), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disconnecting_what_is_not_connected_changes_nothing()
    {
        var before = await SnapshotAsync();
        var data = await Fixture.DataAsync("""
            mutation { disconnectEvidence(quoteId: "brooks-2023-bsme/q01", targetId: "brooks-2023-bsme/imposter-syndrome") { themes { id } } }
            """);
        AssertJson("""{"themes": [{"id": "brooks-2023-bsme/attraction-to-teaching"}]}""", data.GetProperty("disconnectEvidence"));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    // Relationship fields list their nodes in the study's order (the target's ordinal), whatever the order of connecting.
    public async Task A_cmo_configuration_involves_themes_functions_and_activities()
    {
        var data = await Fixture.DataAsync("""
            mutation {
              a: connectInvolvement(cmoConfigurationId: "brooks-2023-bsme/cmo-siloed-misunderstood", targetId: "brooks-2023-bsme/imposter-syndrome") { id }
              b: connectInvolvement(cmoConfigurationId: "brooks-2023-bsme/cmo-siloed-misunderstood", targetId: "brooks-2023-bsme/fn-local-community") { id }
              c: connectInvolvement(cmoConfigurationId: "brooks-2023-bsme/cmo-siloed-misunderstood", targetId: "brooks-2023-bsme/act-academy-membership") {
                themes { id } functions { id } activities { id } }
            }
            """);
        AssertJson(
            """
            {"themes": [{"id": "brooks-2023-bsme/imposter-syndrome"}, {"id": "brooks-2023-bsme/feeling-devalued"}, {"id": "brooks-2023-bsme/unclear-career-trajectories"}],
             "functions": [{"id": "brooks-2023-bsme/fn-local-community"}],
             "activities": [{"id": "brooks-2023-bsme/act-academy-membership"}]}
            """,
            data.GetProperty("c"));

        data = await Fixture.DataAsync("""
            mutation { disconnectInvolvement(cmoConfigurationId: "brooks-2023-bsme/cmo-siloed-misunderstood", targetId: "brooks-2023-bsme/feeling-devalued") { themes { id } } }
            """);
        AssertJson(
            """{"themes": [{"id": "brooks-2023-bsme/imposter-syndrome"}, {"id": "brooks-2023-bsme/unclear-career-trajectories"}]}""",
            data.GetProperty("disconnectInvolvement"));
    }

    [Fact]
    public async Task A_function_is_enacted_by_activities()
    {
        var data = await Fixture.DataAsync("""
            mutation { connectEnactment(functionId: "brooks-2023-bsme/fn-reward-educators", activityId: "brooks-2023-bsme/act-academy-membership") {
              activities { id } } }
            """);
        AssertJson(
            """{"activities": [{"id": "brooks-2023-bsme/act-academy-membership"}, {"id": "brooks-2023-bsme/act-revise-promotion-criteria"}]}""",
            data.GetProperty("connectEnactment"));

        data = await Fixture.DataAsync("""
            mutation { disconnectEnactment(functionId: "brooks-2023-bsme/fn-reward-educators", activityId: "brooks-2023-bsme/act-revise-promotion-criteria") {
              activities { id } } }
            """);
        AssertJson("""{"activities": [{"id": "brooks-2023-bsme/act-academy-membership"}]}""", data.GetProperty("disconnectEnactment"));
    }

    [Fact]
    public async Task A_theme_is_set_under_a_parent_and_taken_out_again()
    {
        var data = await Fixture.DataAsync("""
            mutation { updateTheme(id: "brooks-2023-bsme/paucity-of-formal-training", input: {parentThemeId: "brooks-2023-bsme/imposter-syndrome"}) {
              parent { id subthemes { id } } } }
            """);
        AssertJson(
            """{"parent": {"id": "brooks-2023-bsme/imposter-syndrome", "subthemes": [{"id": "brooks-2023-bsme/paucity-of-formal-training"}]}}""",
            data.GetProperty("updateTheme"));

        data = await Fixture.DataAsync("""
            mutation { updateTheme(id: "brooks-2023-bsme/paucity-of-formal-training", input: {parentThemeId: null}) { parent { id } } }
            """);
        AssertJson("""{"parent": null}""", data.GetProperty("updateTheme"));
        data = await Fixture.DataAsync("""{ theme(id: "brooks-2023-bsme/imposter-syndrome") { subthemes { id } } }""");
        AssertJson("""{"subthemes": []}""", data.GetProperty("theme"));
    }

    [Fact]
    public async Task Moving_a_theme_to_another_domain_moves_the_relationship_and_the_id_property_together()
    {
        await Fixture.DataAsync("""
            mutation { updateTheme(id: "brooks-2023-bsme/imposter-syndrome", input: {domainId: "brooks-2023-bsme/social"}) { id } }
            """);
        var data = await Fixture.DataAsync("""
            { theme(id: "brooks-2023-bsme/imposter-syndrome") { domain { id } }
              personal: domain(id: "brooks-2023-bsme/personal") { themes { id } }
              social: domain(id: "brooks-2023-bsme/social") { themes { id } } }
            """);
        AssertJson("""{"id": "brooks-2023-bsme/social"}""", data.GetProperty("theme").GetProperty("domain"));
        Assert.DoesNotContain("brooks-2023-bsme/imposter-syndrome", data.GetProperty("personal").GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Contains("brooks-2023-bsme/imposter-syndrome", data.GetProperty("social").GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("id").GetString()));

        var rows = await Fixture.Database.RunAsync(new RealistGraph.Neo4j.Client.CypherStatement(
            "MATCH (t:Theme {id: $id})-[r:IN_DOMAIN]->(d:Domain) RETURN t.domainId AS domainId, d.id AS target",
            new Dictionary<string, object?> { ["id"] = "brooks-2023-bsme/imposter-syndrome" }));
        var row = Assert.Single(rows.Records);
        Assert.Equal("brooks-2023-bsme/social", row.GetString("domainId"));
        Assert.Equal("brooks-2023-bsme/social", row.GetString("target"));
    }
}

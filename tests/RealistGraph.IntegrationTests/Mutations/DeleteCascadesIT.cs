using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.IntegrationTests.Mutations;

/// <summary>What deletes take with them, and what every change does to the study's content hash.</summary>
public sealed class DeleteCascadesIT(RealistGraphFixture fixture) : MutationTest(fixture)
{
    [Fact]
    public async Task Deleting_a_theme_removes_its_edges_keeps_the_quotes_and_lifts_its_subthemes()
    {
        await Fixture.DataAsync("""
            mutation { createTheme(input: {studyId: "brooks-2023-bsme", id: "doubt-at-work", domainId: "brooks-2023-bsme/personal",
                                           parentThemeId: "brooks-2023-bsme/imposter-syndrome", name: "Doubt at work", polarity: THREAT}) { id } }
            """);
        var data = await Fixture.DataAsync("""mutation { deleteTheme(id: "brooks-2023-bsme/imposter-syndrome") { removedNodes clearedReferences } }""");
        AssertJson("""{"removedNodes": 1, "clearedReferences": ["brooks-2023-bsme/doubt-at-work"]}""", data.GetProperty("deleteTheme"));

        data = await Fixture.DataAsync("""
            { quotes(first: 1) { totalCount }
              q: quote(id: "brooks-2023-bsme/q06") { themes { id } }
              cmo: cmoConfiguration(id: "brooks-2023-bsme/cmo-untrained-imposter") { themes { id } }
              child: theme(id: "brooks-2023-bsme/doubt-at-work") { parent { id } } }
            """);
        Assert.Equal(61, data.GetProperty("quotes").GetProperty("totalCount").GetInt32());
        AssertJson("""{"themes": []}""", data.GetProperty("q"));
        AssertJson("""{"themes": [{"id": "brooks-2023-bsme/paucity-of-formal-training"}]}""", data.GetProperty("cmo"));
        AssertJson("""{"parent": null}""", data.GetProperty("child"));
    }

    [Fact]
    public async Task Deleting_a_participant_keeps_their_quotes_without_a_participant()
    {
        var data = await Fixture.DataAsync("""mutation { deleteParticipant(id: "brooks-2023-bsme/96-F") { removedNodes clearedReferences } }""");
        var cleared = data.GetProperty("deleteParticipant").GetProperty("clearedReferences").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("brooks-2023-bsme/q01", cleared);

        data = await Fixture.DataAsync("""{ quote(id: "brooks-2023-bsme/q01") { id participant { id } } quotes(first: 1) { totalCount } }""");
        AssertJson("""{"id": "brooks-2023-bsme/q01", "participant": null}""", data.GetProperty("quote"));
        Assert.Equal(61, data.GetProperty("quotes").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Deleting_a_mechanism_leaves_its_cmo_configurations_without_one()
    {
        var data = await Fixture.DataAsync("""mutation { deleteMechanism(id: "brooks-2023-bsme/mech-imposter-doubt") { clearedReferences } }""");
        AssertJson("""{"clearedReferences": ["brooks-2023-bsme/cmo-untrained-imposter"]}""", data.GetProperty("deleteMechanism"));
        data = await Fixture.DataAsync("""{ cmoConfiguration(id: "brooks-2023-bsme/cmo-untrained-imposter") { mechanism { id } context { id } } }""");
        AssertJson("""{"mechanism": null, "context": {"id": "brooks-2023-bsme/ctx-untrained-for-teaching"}}""", data.GetProperty("cmoConfiguration"));
    }

    [Fact]
    public async Task A_domain_can_be_deleted_once_nothing_requires_it()
    {
        await Fixture.DataAsync("""mutation { createDomain(input: {studyId: "brooks-2023-bsme", id: "cultural", name: "Cultural", canonicalDomain: "cultural"}) { id } }""");
        var data = await Fixture.DataAsync("""mutation { deleteDomain(id: "brooks-2023-bsme/cultural") { id removedNodes } }""");
        AssertJson("""{"id": "brooks-2023-bsme/cultural", "removedNodes": 1}""", data.GetProperty("deleteDomain"));
        data = await Fixture.DataAsync("""{ study(id: "brooks-2023-bsme") { domains { id } } }""");
        Assert.Equal(3, data.GetProperty("study").GetProperty("domains").GetArrayLength());
    }

    [Fact]
    public async Task Deleting_a_study_removes_every_part_of_it_and_of_other_studies_only_the_links_to_it()
    {
        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
        var other = await SnapshotAsync("synthetic-peer-mentoring");
        var parts = (await Fixture.Database.RunAsync(new CypherStatement(
            "MATCH (n:StudyPart {studyId: $id}) RETURN count(n) AS n", new Dictionary<string, object?> { ["id"] = Seed }))).Single().GetInt64("n");

        var data = await Fixture.DataAsync("""mutation { deleteStudy(id: "brooks-2023-bsme") { id kind removedNodes clearedReferences } }""");
        AssertJson($$"""{"id": "brooks-2023-bsme", "kind": "Study", "removedNodes": {{parts + 1}}, "clearedReferences": []}""", data.GetProperty("deleteStudy"));

        data = await Fixture.DataAsync("""{ study(id: "brooks-2023-bsme") { id } themes(first: 1, where: {studyId: "brooks-2023-bsme"}) { totalCount } }""");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("study").ValueKind);
        Assert.Equal(0, data.GetProperty("themes").GetProperty("totalCount").GetInt32());

        // The other study keeps everything but its cross-study links to the deleted study's findings.
        Assert.Contains("brooks-2023-bsme/", other, StringComparison.Ordinal);
        Assert.Equal(other[..(other.IndexOf("\nlinks:", StringComparison.Ordinal) + 1)], await SnapshotAsync("synthetic-peer-mentoring"));
    }

    [Fact]
    public async Task New_nodes_are_study_parts_last_in_the_studys_order()
    {
        var max = (await Fixture.Database.RunAsync(new CypherStatement(
            "MATCH (n:StudyPart {studyId: $id}) RETURN max(n.ordinal) AS max", new Dictionary<string, object?> { ["id"] = Seed }))).Single().GetInt64("max");
        await Fixture.DataAsync("""mutation { createMechanism(input: {studyId: "brooks-2023-bsme", id: "mech-new", name: "Pride"}) { id } }""");
        var row = (await Fixture.Database.RunAsync(new CypherStatement(
            "MATCH (n:Mechanism {id: $id}) RETURN labels(n) AS labels, n.studyId AS studyId, n.ordinal AS ordinal",
            new Dictionary<string, object?> { ["id"] = "brooks-2023-bsme/mech-new" }))).Single();
        Assert.Equal(["Finding", "Mechanism", "StudyPart"], row.GetStrings("labels").Order(StringComparer.Ordinal));
        Assert.Equal(Seed, row.GetString("studyId"));
        Assert.Equal(max + 1, row.GetInt64("ordinal"));
    }

    [Fact]
    public async Task A_change_clears_the_content_hash_so_reimporting_the_document_restores_the_study()
    {
        var original = await SnapshotAsync();
        Assert.NotNull(await ContentHashAsync());

        await Fixture.DataAsync("""mutation { updateTheme(id: "brooks-2023-bsme/imposter-syndrome", input: {name: "Renamed"}) { id } }""");
        Assert.Null(await ContentHashAsync());

        var outcome = await Fixture.ImportAsync(RepositoryPaths.Seed);
        Assert.Equal(ImportChange.Updated, outcome.Change);
        Assert.Equal(original, await SnapshotAsync());
    }

    [Fact]
    public async Task Connecting_and_deleting_clear_the_content_hash_too()
    {
        await Fixture.DataAsync("""mutation { connectEvidence(quoteId: "brooks-2023-bsme/q01", targetId: "brooks-2023-bsme/imposter-syndrome") { id } }""");
        Assert.Null(await ContentHashAsync());
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        Assert.NotNull(await ContentHashAsync());
        await Fixture.DataAsync("""mutation { deleteQuote(id: "brooks-2023-bsme/q01") { id } }""");
        Assert.Null(await ContentHashAsync());
    }

    [Fact]
    public async Task A_refused_mutation_keeps_the_content_hash()
    {
        var hash = await ContentHashAsync();
        await ErrorAsync("""mutation { deleteDomain(id: "brooks-2023-bsme/personal") { id } }""");
        Assert.Equal(hash, await ContentHashAsync());
    }

    private async Task<string?> ContentHashAsync() =>
        (await Fixture.Database.RunAsync(QueryCatalog.Embedded.Statement(QueryNames.Import.StudyState, new Dictionary<string, object?> { ["studyId"] = Seed })))
        .Single().GetNullableString("contentHash");
}

using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Import;

namespace RealistGraph.IntegrationTests.Import;

public sealed class StudyImportIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string SeedId = "brooks-2023-bsme";

    public static TheoryData<string> Samples() => new(RepositoryPaths.SampleFiles.Append(RepositoryPaths.SyntheticStudy));

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Export_then_import_into_an_empty_graph_then_export_again_gives_the_same_document(string path)
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(path);
        var studyId = (await StudyDocumentLoader.LoadAsync(path)).Id;
        var first = await Fixture.Exporter.ExportTextAsync(studyId, Application.Studies.StudyFileFormat.Yaml);

        await Fixture.ClearGraphAsync();
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.Importer.ImportTextAsync(first!);
        var second = await Fixture.Exporter.ExportTextAsync(studyId, Application.Studies.StudyFileFormat.Yaml);

        Assert.NotNull(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task The_export_holds_what_the_document_held()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);

        var exported = await Fixture.Exporter.ExportAsync(SeedId);
        var original = await StudyDocumentLoader.LoadAsync(RepositoryPaths.Seed);

        Assert.Equal(StudyDocumentWriter.ToYaml(original), StudyDocumentWriter.ToYaml(exported!));
    }

    [Fact]
    public async Task Importing_the_same_document_twice_changes_nothing_and_says_so()
    {
        var first = await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = await Fixture.Exporter.ExportTextAsync(SeedId, Application.Studies.StudyFileFormat.Json);

        var second = await Fixture.ImportAsync(RepositoryPaths.Seed);

        Assert.Equal(ImportChange.Created, first.Change);
        Assert.Equal(ImportChange.Unchanged, second.Change);
        Assert.Contains("unchanged", second.Describe(), StringComparison.Ordinal);
        Assert.Equal(before, await Fixture.Exporter.ExportTextAsync(SeedId, Application.Studies.StudyFileFormat.Json));
    }

    [Fact]
    public async Task A_changed_document_replaces_the_study_and_what_it_dropped_is_gone()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var document = await StudyDocumentLoader.LoadAsync(RepositoryPaths.Seed);
        var dropped = document.Quotes[0];
        document.Quotes.RemoveAt(0);
        document.Themes[0].Summary = "Edited summary.";

        var outcome = await Fixture.Importer.ImportAsync(document);

        Assert.Equal(ImportChange.Updated, outcome.Change);
        var data = await Fixture.DataAsync($$"""
            { quote(id: "{{SeedId}}/{{dropped.Id}}") { id }
              quotes(where: {studyId: "{{SeedId}}"}) { totalCount }
              theme(id: "{{SeedId}}/{{document.Themes[0].Id}}") { summary } }
            """);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("quote").ValueKind);
        Assert.Equal(60, data.GetProperty("quotes").GetProperty("totalCount").GetInt32());
        Assert.Equal("Edited summary.", data.GetProperty("theme").GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Links_from_another_study_are_kept_on_re_import_and_reported_when_their_target_goes()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
        var synthetic = await StudyDocumentLoader.LoadAsync(RepositoryPaths.SyntheticStudy);
        var linkedTheme = synthetic.Links[0].To;
        var seed = await StudyDocumentLoader.LoadAsync(RepositoryPaths.Seed);

        seed.Summary += " (revised)";
        var kept = await Fixture.Importer.ImportAsync(seed);
        var linksAfterEdit = await LinkCountAsync();

        var localId = linkedTheme[(SeedId.Length + 1)..];
        seed.Quotes.ForEach(q => q.Themes.Remove(localId));
        seed.Quotes.RemoveAll(q => q.Themes.Count == 0 && q.Mechanisms.Count == 0 && q.CmoConfigurations.Count == 0);
        seed.CmoConfigurations.ForEach(c => c.Themes.Remove(localId));
        seed.Themes.RemoveAll(t => t.Id == localId);
        var removed = await Fixture.Importer.ImportAsync(seed);

        Assert.Empty(kept.DroppedLinks);
        Assert.Equal(synthetic.Links.Count, linksAfterEdit);
        Assert.Contains(removed.DroppedLinks, d => d.Contains(linkedTheme, StringComparison.Ordinal));
        Assert.Equal(synthetic.Links.Count - 1, await LinkCountAsync());
    }

    [Fact]
    public async Task A_document_with_dangling_references_is_refused_whole_and_the_graph_is_unchanged()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = await Fixture.Exporter.ExportTextAsync(SeedId, Application.Studies.StudyFileFormat.Yaml);
        var broken = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Fixtures, "broken-dangling.yaml"));

        var reply = await Fixture.GraphQLAsync("mutation($d: String!) { importStudy(document: $d) { change } }", new { d = broken });

        var error = reply.GetProperty("errors")[0];
        Assert.Equal("VALIDATION", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Matches(@"\w+\[\d+\]\.\w+", error.GetProperty("message").GetString()!);
        Assert.Equal(before, await Fixture.Exporter.ExportTextAsync(SeedId, Application.Studies.StudyFileFormat.Yaml));
        Assert.Equal(1, (await Fixture.DataAsync("{ studies { totalCount } }")).GetProperty("studies").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_document_that_is_not_yaml_is_refused_with_its_line()
    {
        var broken = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Fixtures, "broken-syntax.yaml"));

        var reply = await Fixture.GraphQLAsync("mutation($d: String!) { importStudy(document: $d) { change } }", new { d = broken });

        var error = reply.GetProperty("errors")[0];
        Assert.Equal("VALIDATION", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, (await Fixture.DataAsync("{ studies { totalCount } }")).GetProperty("studies").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_write_that_fails_inside_Neo4j_rolls_the_whole_study_back()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = await Fixture.Exporter.ExportTextAsync(SeedId, Application.Studies.StudyFileFormat.Yaml);
        var document = await StudyDocumentLoader.LoadAsync(RepositoryPaths.Seed);
        document.Summary = "changed";

        // Another study already owns a node with the id this document's theme would get: the uniqueness
        // constraint stops the write half-way, after the old version was deleted in the same transaction.
        await Fixture.Database.RunAsync(new Neo4j.Client.CypherStatement(
            "CREATE (:Theme:Finding {id: $id, studyId: 'someone-else'})",
            new Dictionary<string, object?> { ["id"] = $"{SeedId}/{document.Themes[0].Id}-clash" }));
        document.Themes.Add(new ThemeEntry
        {
            Id = document.Themes[0].Id + "-clash", Name = "Clash", Domain = document.Themes[0].Domain, Polarity = "mixed",
        });

        await Assert.ThrowsAsync<Neo4j.Client.Neo4jConflictException>(() => Fixture.Importer.ImportAsync(document));

        Assert.Equal(before, await Fixture.Exporter.ExportTextAsync(SeedId, Application.Studies.StudyFileFormat.Yaml));
    }

    private async Task<int> LinkCountAsync() =>
        (await Fixture.DataAsync("{ findingLinks { id } }")).GetProperty("findingLinks").GetArrayLength();
}

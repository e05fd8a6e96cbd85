using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RealistGraph.Application.Studies;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Import;

/// <summary>
/// Both bundled samples imported as `./realist up` loads them (every file of samples/, in name order): the second
/// study's counts (samples/README.md) and its eight links to the seed's findings are in the graph.
/// </summary>
public sealed class SecondSampleIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var file in RepositoryPaths.SampleFiles)
        {
            await Fixture.ImportAsync(file);
        }
    }

    [Fact]
    public async Task The_samples_folder_holds_both_studies_and_both_are_loaded()
    {
        Assert.Equal([RepositoryPaths.Seed, RepositoryPaths.SecondSample], RepositoryPaths.SampleFiles);
        var data = await Fixture.DataAsync("{ studies(first: 10) { totalCount nodes { id } } }");
        Assert.Equal([SeedId, SecondId], data.GetProperty("studies").GetProperty("nodes").Strings("id").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_sample_loader_of_realist_up_loads_both_into_an_empty_graph_with_the_links()
    {
        await Fixture.ClearGraphAsync();
        var loader = new SampleLoader(
            Fixture.Services.GetRequiredService<RealistGraph.Neo4j.Maintenance.GraphMaintenance>(),
            Fixture.Importer,
            new SampleSettings(loadSamples: true, samplesPath: RepositoryPaths.Samples, contentRoot: RepositoryPaths.Root),
            NullLogger<SampleLoader>.Instance);

        Assert.Equal(2, await loader.LoadIfEmptyAsync());
        var data = await Fixture.DataAsync($$"""
            { studies(first: 10) { nodes { id } } findingLinks(fromStudyId: "{{SecondId}}") { relation } }
            """);
        Assert.Equal([SeedId, SecondId], data.GetProperty("studies").GetProperty("nodes").Strings("id").Order(StringComparer.Ordinal));
        Assert.Equal(8, data.GetProperty("findingLinks").GetArrayLength());
        Assert.Equal(0, await loader.LoadIfEmptyAsync());
    }

    [Fact]
    public async Task The_second_study_has_the_counts_of_its_document()
    {
        var document = await SecondAsync();
        var data = await Fixture.DataAsync($$"""
            { study(id: "{{SecondId}}") { title year authors sampleSize
                domains { id canonicalDomain themes { id polarity quotes { id } } }
                interventions { functions { id activities { id } cmoConfigurations { id } } activities { id } }
                contexts { id } mechanisms { id } outcomes { id } cmoConfigurations { id } participants { id } quotes { id } interactions { kind } } }
            """);
        var study = data.GetProperty("study");
        Assert.StartsWith("Mechanisms of Change", study.Str("title"), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, study.GetProperty("year").ValueKind);
        Assert.Equal(0, study.GetProperty("authors").GetArrayLength());
        Assert.Equal(document.SampleSize, study.GetProperty("sampleSize").GetInt32());

        var domains = study.GetProperty("domains").Items();
        Assert.Equal(["personal", "social"], domains.Select(d => d.Str("canonicalDomain")));
        var themes = domains.SelectMany(d => d.GetProperty("themes").Items()).ToList();
        Assert.Equal(document.Themes.Count, themes.Count);
        Assert.All(themes, t => Assert.Equal("SUPPORT", t.Str("polarity")));
        Assert.All(themes, t => Assert.Equal(0, t.GetProperty("quotes").GetArrayLength()));

        var intervention = Assert.Single(study.GetProperty("interventions").Items());
        var functions = intervention.GetProperty("functions").Items();
        Assert.Equal(document.Interventions[0].Functions.Count, functions.Count);
        Assert.Equal(document.Interventions[0].Activities.Count, intervention.GetProperty("activities").GetArrayLength());
        Assert.Equal([3, 2, 2, 2], functions.Select(f => f.GetProperty("activities").GetArrayLength()));
        Assert.All(functions, f => Assert.Equal(1, f.GetProperty("cmoConfigurations").GetArrayLength()));

        Assert.Equal(document.Contexts.Count, study.GetProperty("contexts").GetArrayLength());
        Assert.Equal(document.Mechanisms.Count, study.GetProperty("mechanisms").GetArrayLength());
        Assert.Equal(document.Outcomes.Count, study.GetProperty("outcomes").GetArrayLength());
        Assert.Equal(document.CmoConfigurations.Count, study.GetProperty("cmoConfigurations").GetArrayLength());
        Assert.Equal(0, study.GetProperty("participants").GetArrayLength());
        Assert.Equal(0, study.GetProperty("quotes").GetArrayLength());
        Assert.Equal(0, study.GetProperty("interactions").GetArrayLength());
    }

    [Fact]
    public async Task Its_eight_links_reach_the_seeds_findings_with_relation_and_rationale()
    {
        var document = await SecondAsync();
        var data = await Fixture.DataAsync($$"""
            { findingLinks(fromStudyId: "{{SecondId}}", toStudyId: "{{SeedId}}") { relation rationale from { ...Id } to { ...Id } } }
            fragment Id on Finding { ... on Theme { id } ... on Mechanism { id } ... on CmoConfiguration { id } ... on Function { id } }
            """);
        var links = data.GetProperty("findingLinks").Items()
            .Select(l => (From: l.GetProperty("from").Str("id"), To: l.GetProperty("to").Str("id"), Relation: l.Str("relation"), Rationale: l.Str("rationale")))
            .OrderBy(l => l.From, StringComparer.Ordinal)
            .ToList();
        var expected = document.Links
            .Select(l => (From: Global(document, l.From), l.To, Relation: l.Relation.Replace('-', '_').ToUpperInvariant(), Rationale: l.Rationale.Trim()))
            .OrderBy(l => l.From, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(8, links.Count);
        Assert.Equal(expected.Select(l => (l.From, l.To, l.Relation)), links.Select(l => (l.From, l.To, l.Relation)));
        Assert.All(links, l => Assert.False(string.IsNullOrWhiteSpace(l.Rationale)));
        Assert.Contains(links, l => l.From == $"{SecondId}/envisioning-successful-future" && l.To == $"{SeedId}/unclear-career-trajectories" && l.Relation == "REFINES");
        Assert.Contains(links, l => l.From == $"{SecondId}/fn-envisioning-successful-future" && l.To == $"{SeedId}/unclear-career-trajectories" && l.Relation == "ADDRESSES");
    }
}

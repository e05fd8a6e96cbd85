using System.Diagnostics;
using System.Text.Json;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Safety;

/// <summary>
/// A bounded load test on 127.0.0.1 (issue 9): 50 parallel mutations and 10 parallel imports with reads alongside.
/// Every request is answered (data, or a clear CONFLICT), and the graph ends consistent: the imported study is
/// exactly one of the versions sent, and the mutated study holds exactly the themes whose creation was answered.
/// </summary>
public sealed class ParallelWritesIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const int Mutations = 50;
    private const int Imports = 10;
    private const int Reads = 20;
    private const string MutatedStudy = "synthetic-peer-mentoring";
    private const string ImportedStudy = "brooks-2023-bsme";

    [Fact]
    public async Task Parallel_mutations_imports_and_reads_are_all_answered_and_leave_every_study_whole()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
        var original = await StudyDocumentLoader.LoadAsync(RepositoryPaths.Seed);
        var versions = Enumerable.Range(0, Imports).Select(i =>
        {
            var version = StudyDocumentReader.Parse(StudyDocumentWriter.ToYaml(original));
            version.Title = $"{original.Title} (version {i})";
            return StudyDocumentWriter.ToYaml(version);
        }).ToList();
        var themesBefore = await ThemeIdsAsync();

        var clock = Stopwatch.StartNew();
        var mutations = Enumerable.Range(0, Mutations).Select(i => Fixture.GraphQLAsync(
            """mutation($input: CreateThemeInput!) { createTheme(input: $input) { id } }""",
            new { input = new { studyId = MutatedStudy, id = $"load-{i}", domainId = $"{MutatedStudy}/individual", name = $"Load theme {i}", polarity = "SUPPORT" } }));
        var imports = versions.Select(v => Fixture.GraphQLAsync(
            """mutation($d: String!) { importStudy(document: $d) { studyId change } }""", new { d = v }));
        var reads = Enumerable.Range(0, Reads).Select(_ => Fixture.GraphQLAsync(
            """{ studies(first: 10) { nodes { id title themes { id } } } }"""));
        var all = await Task.WhenAll(mutations.Concat(imports).Concat(reads)).WaitAsync(TimeSpan.FromSeconds(90));
        var elapsed = clock.Elapsed;

        var answers = all.Select(Classify).ToList();
        var unclear = answers.Select((a, i) => $"#{i} {a}").Where((a, i) => answers[i] is not ("ok" or "CONFLICT")).ToList();
        Assert.True(unclear.Count == 0, $"unclear answers: {string.Join(" | ", unclear)}");
        Assert.All(all.Skip(Mutations + Imports), read => Assert.Equal("ok", Classify(read)));
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"the load took {elapsed.TotalSeconds:0.0} s");

        // The imported study is one whole version: what was last imported, or the original if none got through.
        var exported = await Fixture.Exporter.ExportTextAsync(ImportedStudy, Application.Studies.StudyFileFormat.Yaml);
        var importedOk = versions.Where((_, i) => answers[Mutations + i] == "ok").ToList();
        Assert.Contains(exported, importedOk.Append(StudyDocumentWriter.ToYaml(original)));

        // The mutated study holds its themes plus exactly the ones whose creation was answered with data.
        var created = Enumerable.Range(0, Mutations).Where(i => answers[i] == "ok").Select(i => $"{MutatedStudy}/load-{i}");
        Assert.Equal(themesBefore.Concat(created).Order(StringComparer.Ordinal), (await ThemeIdsAsync()).Order(StringComparer.Ordinal));
    }

    /// <summary>"ok" for data without errors, the error code for a clear refusal, else the whole reply.</summary>
    private static string Classify(JsonElement reply)
    {
        if (!reply.TryGetProperty("errors", out var errors))
        {
            return "ok";
        }

        var codes = errors.EnumerateArray()
            .Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)
            .Distinct()
            .ToList();
        return codes is [{ } code] ? code : reply.ToString();
    }

    private async Task<List<string>> ThemeIdsAsync()
    {
        var data = await Fixture.DataAsync($$"""{ study(id: "{{MutatedStudy}}") { themes { id } } }""");
        return data.GetProperty("study").GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToList();
    }
}

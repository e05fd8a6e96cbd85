using System.Globalization;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Domain.Similarity;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Suggestions;

/// <summary>
/// The link-suggestion benchmark of docs/benchmarks.md: two pairs of studies imported without their links, each labelled
/// finding asked for its suggestions through GraphQL (defaults: no contradictions, every kind), and precision@3 and
/// recall@5 against the labelled true links printed (run with <c>--logger "console;verbosity=detailed"</c> to see them).
/// </summary>
public sealed class SuggestionQualityIT(RealistGraphFixture fixture, ITestOutputHelper output) : GraphTest(fixture)
{
    [Fact]
    public async Task On_the_bundled_pair_a_function_that_forms_group_culture_finds_communities_of_practice_in_its_top_three()
    {
        await ImportWithoutLinksAsync(RepositoryPaths.Seed, RepositoryPaths.SecondSample);

        var ranked = await RankAsync(["c-change-2024/fn-forming-group-culture", "c-change-2024/group-culture"]);

        Assert.Contains("brooks-2023-bsme/communities-of-practice", ranked["c-change-2024/fn-forming-group-culture"].Take(3));
        Assert.Contains("brooks-2023-bsme/communities-of-practice", ranked["c-change-2024/group-culture"].Take(3));
    }

    [Theory]
    [InlineData("bundled", 0.07, 0.25)]
    [InlineData("nurses", 0.3, 0.9)]
    public async Task Precision_at_3_and_recall_at_5_against_the_labelled_links(string set, double leastPrecision, double leastRecall)
    {
        var files = set == "bundled"
            ? new[] { RepositoryPaths.Seed, RepositoryPaths.SecondSample }
            : Directory.GetFiles(LabelledLinks.Folder, "*.yaml").Order(StringComparer.Ordinal).ToArray();
        await ImportWithoutLinksAsync(files);
        var truth = LabelledLinks.Of(set);

        var ranked = await RankAsync(truth.Select(t => t.FindingId).Distinct().ToList());
        var precision = RankingMetrics.PrecisionAt(3, ranked, truth);
        var recall = RankingMetrics.RecallAt(5, ranked, truth);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"suggestions [{set}]: {truth.Count / 2} labelled links, {ranked.Count} findings asked; precision@3 {precision:0.000}, recall@5 {recall:0.000}"));
        foreach (var (finding, candidate) in truth.OrderBy(t => t.FindingId, StringComparer.Ordinal))
        {
            var rank = RankingMetrics.RankOf(ranked, finding, candidate);
            output.WriteLine($"  {finding} -> {candidate}: rank {(rank is { } r ? r.ToString(CultureInfo.InvariantCulture) : "-")}");
        }

        Assert.True(precision >= leastPrecision, $"precision@3 {precision:0.000} < {leastPrecision}");
        Assert.True(recall >= leastRecall, $"recall@5 {recall:0.000} < {leastRecall}");
    }

    private async Task ImportWithoutLinksAsync(params string[] files)
    {
        foreach (var file in files)
        {
            var document = Copy(await StudyDocumentLoader.LoadAsync(file));
            document.Links.Clear();
            await Fixture.Importer.ImportAsync(document);
        }
    }

    /// <summary>Each finding's candidates, best first: the first ten, of every kind, with the service's defaults.</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> RankAsync(IReadOnlyList<string> findingIds)
    {
        var ranked = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var id in findingIds)
        {
            var data = await Fixture.DataAsync(SuggestionQueries.ForFinding, new { finding = id, top = 10, minScore = 0.0 });
            ranked[id] = SuggestionQueries.Candidates(data.GetProperty("suggestedLinks").Items());
            if (Environment.GetEnvironmentVariable("SUGGEST_DEBUG") is not null)
            {
                foreach (var s in data.GetProperty("suggestedLinks").Items())
                {
                    output.WriteLine($"DBG {id} -> {s.GetProperty("candidate").Str("id")} {s.GetProperty("score").GetDouble()} {s.Str("explanation")}");
                }
            }
        }

        return ranked;
    }
}

using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Suggestions;

/// <summary>The labelled true links of the suggestion benchmark (<c>tests/fixtures/suggestions/labelled-links.txt</c>).</summary>
public static class LabelledLinks
{
    public static string Folder => Path.Combine(RepositoryPaths.Fixtures, "suggestions");

    /// <summary>The pairs of one set, each in both directions (a true link is a true suggestion either way round).</summary>
    public static IReadOnlyList<(string FindingId, string CandidateId)> Of(string set) =>
        File.ReadAllLines(Path.Combine(Folder, "labelled-links.txt"))
            .Where(l => !l.StartsWith('#') && !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Split('|').Select(p => p.Trim()).ToArray())
            .Where(p => p[0] == set)
            .SelectMany(p => new[] { (p[1], p[2]), (p[2], p[1]) })
            .Distinct()
            .ToList();
}

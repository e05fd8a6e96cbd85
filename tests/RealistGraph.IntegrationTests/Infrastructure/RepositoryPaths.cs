namespace RealistGraph.IntegrationTests.Infrastructure;

/// <summary>Files of the repository the tests read (samples, fixtures), found from the test binaries upwards.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string Seed => Path.Combine(Samples, "brooks-2023-bsme.yaml");

    /// <summary>The second bundled study, encoded from an abstract: themes without quotes, links to the seed.</summary>
    public static string SecondSample => Path.Combine(Samples, "c-change-2024.yaml");

    public static string SyntheticStudy => Path.Combine(Fixtures, "synthetic-mentoring-study.yaml");

    public static IReadOnlyList<string> SampleFiles =>
        Directory.GetFiles(Samples, "*.yaml").Concat(Directory.GetFiles(Samples, "*.json")).Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RealistGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no RealistGraph.sln above " + AppContext.BaseDirectory);
    }
}

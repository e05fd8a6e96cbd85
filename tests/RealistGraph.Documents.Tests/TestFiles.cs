namespace RealistGraph.Documents.Tests;

/// <summary>Paths of the samples, fixtures and schema copied next to the test assembly.</summary>
internal static class TestFiles
{
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "fixtures");

    public static string Schema => Path.Combine(AppContext.BaseDirectory, "schema", "study.schema.json");

    public static string Seed => Path.Combine(Samples, "brooks-2023-bsme.yaml");

    public static string Synthetic => Path.Combine(Fixtures, "synthetic-mentoring-study.yaml");

    /// <summary>Every valid study document shipped with the repository.</summary>
    public static TheoryData<string> ValidDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Samples).Where(IsStudyFile).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        data.Add(Path.Combine("..", "fixtures", Path.GetFileName(Synthetic)));
        return data;
    }

    public static string ValidDocumentPath(string name) => Path.GetFullPath(Path.Combine(Samples, name));

    private static bool IsStudyFile(string path) =>
        StudyDocuments.StudyDocumentReader.FormatFromExtension(path) is not null;
}

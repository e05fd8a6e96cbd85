using RealistGraph.Application.Studies;

namespace RealistGraph.Cli;

/// <summary>How the CLI reads a study file of each format.</summary>
public enum StudyFileRoute
{
    /// <summary>A study document (YAML, JSON): read and validated here, written by <see cref="StudyImportService.ImportAsync"/>.</summary>
    StudyDocument,

    /// <summary>A format <see cref="StudyImportService"/> does not import yet.</summary>
    NotSupportedYet,
}

/// <summary>
/// The one place that says which file formats the CLI can import and export. When <see cref="StudyImportService"/>
/// learns a format (REFI-QDA .qdpx/.qdc, CSV), its line here changes and <c>import</c>/<c>export</c> follow.
/// </summary>
public static class StudyFileRoutes
{
    public static StudyFileRoute ForImport(StudyFileFormat format) => format switch
    {
        StudyFileFormat.Yaml or StudyFileFormat.Json => StudyFileRoute.StudyDocument,
        _ => StudyFileRoute.NotSupportedYet,
    };

    public static StudyFileRoute ForExport(StudyFileFormat format) => format switch
    {
        StudyFileFormat.Yaml or StudyFileFormat.Json => StudyFileRoute.StudyDocument,
        _ => StudyFileRoute.NotSupportedYet,
    };

    /// <summary>The format of <paramref name="path"/> by its extension; a usage error when it is none of ours.</summary>
    public static StudyFileFormat FormatOf(string path)
    {
        try
        {
            return StudyFileFormats.FromPath(path);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }
    }

    public static string NotSupportedMessage(StudyFileFormat format, string action) =>
        $"{action} of .{format.ToString().ToLowerInvariant()} files is not supported yet (YAML and JSON are)";
}

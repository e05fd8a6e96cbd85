using RealistGraph.Application.Studies;

namespace RealistGraph.Cli;

/// <summary>How the CLI reads a study file of each format.</summary>
public enum StudyFileRoute
{
    /// <summary>A study document (YAML, JSON): text, on standard output or in a file.</summary>
    StudyDocument,

    /// <summary>A REFI-QDA project or codebook: a binary file, written only with --out.</summary>
    QdaFile,

    /// <summary>A format that goes only one way (coded-excerpt CSV is read, never written).</summary>
    NotSupported,
}

/// <summary>
/// The one place that says which file formats the CLI can import and export: study documents (YAML, JSON),
/// REFI-QDA projects and codebooks (.qdpx, .qdc) both ways, coded-excerpt CSV in only.
/// </summary>
public static class StudyFileRoutes
{
    public static StudyFileRoute ForImport(StudyFileFormat format) => format switch
    {
        StudyFileFormat.Yaml or StudyFileFormat.Json => StudyFileRoute.StudyDocument,
        _ => StudyFileRoute.QdaFile,
    };

    public static StudyFileRoute ForExport(StudyFileFormat format) => format switch
    {
        StudyFileFormat.Yaml or StudyFileFormat.Json => StudyFileRoute.StudyDocument,
        StudyFileFormat.Qdpx or StudyFileFormat.Qdc => StudyFileRoute.QdaFile,
        _ => StudyFileRoute.NotSupported,
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
        $"{action} of .{format.ToString().ToLowerInvariant()} files is not supported (coded-excerpt CSV is an import format only)";
}

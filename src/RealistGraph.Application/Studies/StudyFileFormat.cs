namespace RealistGraph.Application.Studies;

/// <summary>The file formats a study comes in and goes out as.</summary>
public enum StudyFileFormat
{
    Yaml,
    Json,

    /// <summary>A REFI-QDA project (zip).</summary>
    Qdpx,

    /// <summary>A REFI-QDA codebook.</summary>
    Qdc,

    /// <summary>Coded excerpts as CSV (participant, excerpt, codes), as Dedoose and others export.</summary>
    Csv,
}

public static class StudyFileFormats
{
    public static StudyFileFormat FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".yaml" or ".yml" => StudyFileFormat.Yaml,
        ".json" => StudyFileFormat.Json,
        ".qdpx" => StudyFileFormat.Qdpx,
        ".qdc" => StudyFileFormat.Qdc,
        ".csv" => StudyFileFormat.Csv,
        var other => throw new ArgumentException($"{path}: '{other}' is not a study file (.yaml, .yml, .json, .qdpx, .qdc or .csv).", nameof(path)),
    };

    public static StudyFileFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "yaml" or "yml" => StudyFileFormat.Yaml,
        "json" => StudyFileFormat.Json,
        "qdpx" => StudyFileFormat.Qdpx,
        "qdc" => StudyFileFormat.Qdc,
        "csv" => StudyFileFormat.Csv,
        _ => throw new ArgumentException($"'{name}' is not a format: use yaml, json, qdpx, qdc or csv.", nameof(name)),
    };
}

using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// How the codes of a QDA project map onto a study: which codes are domains, contexts, mechanisms or outcomes,
/// the polarity of each theme, and the study id and title. Codes are named by name, path (<c>Parent/Child</c>)
/// or guid, compared case-insensitively. Written as YAML or JSON (JSON is read as YAML). Every member is optional.
/// </summary>
public sealed partial class RefiMapping
{
    public string? StudyId { get; set; }

    public string? StudyTitle { get; set; }

    /// <summary>Codes that are domains. Null: a "RealistGraph domains" set if the project has one, else top-level codes with children (or not codable).</summary>
    public List<string>? Domains { get; set; }

    /// <summary>Domain for themes with no domain code above them.</summary>
    public string DefaultDomain { get; set; } = "general";

    /// <summary>Domain (name, id or guid) → the shared domain it pools with; default: the domain name in lower case.</summary>
    public Dictionary<string, string> Canonical { get; set; } = [];

    /// <summary>Code → support | threat | mixed.</summary>
    public Dictionary<string, string> Polarity { get; set; } = [];

    /// <summary>Polarity of themes that the mapping and the project leave open (reported as a warning).</summary>
    public string DefaultPolarity { get; set; } = "mixed";

    /// <summary>Codes that are contexts; a listed non-codable category stands for its descendants.</summary>
    public List<string> Contexts { get; set; } = [];

    public List<string> Mechanisms { get; set; } = [];

    public List<string> Outcomes { get; set; } = [];

    /// <summary>Code or case → local id to use (default: derived from the name).</summary>
    public Dictionary<string, string> Ids { get; set; } = [];

    /// <summary>True when the mapping sets nothing (no file, or an empty one).</summary>
    public bool SetsNothing() =>
        StudyId is null && StudyTitle is null && Domains is null && DefaultDomain == "general" && DefaultPolarity == "mixed"
        && Canonical.Count + Polarity.Count + Contexts.Count + Mechanisms.Count + Outcomes.Count + Ids.Count == 0;

    public static RefiMapping Parse(string yamlOrJson, string sourceName = "mapping")
    {
        try
        {
            var mapping = Deserializer.Deserialize<RefiMapping?>(yamlOrJson) ?? new RefiMapping();
            mapping.Canonical ??= [];
            mapping.Polarity ??= [];
            mapping.Contexts ??= [];
            mapping.Mechanisms ??= [];
            mapping.Outcomes ??= [];
            mapping.Ids ??= [];
            mapping.DefaultDomain ??= "general";
            mapping.DefaultPolarity ??= "mixed";
            return mapping;
        }
        catch (YamlException ex)
        {
            throw new RefiImportException($"{sourceName}: invalid mapping at line {ex.Start.Line}, column {ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
    }

    public static async Task<RefiMapping> LoadAsync(string path, CancellationToken cancellationToken = default) =>
        Parse(await File.ReadAllTextAsync(path, cancellationToken), Path.GetFileName(path));

    public string ToYaml() => Serializer.Serialize(this);

    private static IDeserializer Deserializer { get; } = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static ISerializer Serializer { get; } = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .Build();
}

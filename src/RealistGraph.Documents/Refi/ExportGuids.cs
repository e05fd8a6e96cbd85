using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// The GUID of each element RealistGraph exports: the one kept from the project the study was imported from
/// (<see cref="StudyDocument.Qda"/>), else a deterministic one from the study id, the kind and the local id.
/// </summary>
internal sealed class ExportGuids
{
    public const string ContextsGroup = "Contexts";
    public const string MechanismsGroup = "Mechanisms";
    public const string OutcomesGroup = "Outcomes";

    private readonly StudyDocument _document;
    private readonly Dictionary<string, QdaCodeEntry> _codes;
    private readonly Dictionary<string, string> _cases;
    private readonly Dictionary<string, QdaGuidEntry> _sources;
    private readonly Dictionary<string, string> _selections;

    public ExportGuids(StudyDocument document)
    {
        _document = document;
        var qda = document.Qda ?? new QdaIdentityEntry();
        _codes = qda.Codes.Where(c => IsGuid(c.Guid)).GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // MAXQDA reuses one GUID for a code, a case and a source; a case keeps it only when no code has it, so that
        // the mapping file (keyed by GUID) still tells the two apart.
        var codeGuids = _codes.Values.Select(c => c.Guid).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _cases = First(qda.Cases).Where(c => !codeGuids.Contains(c.Value)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        _sources = qda.Sources.Where(s => IsGuid(s.Guid)).GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _selections = First(qda.Selections);
    }

    public string Domain(string id) => Kept(id) ?? RefiGuid.For(_document.Id, "domain", id);

    public string Theme(string id) => Kept(id) ?? RefiGuid.For(_document.Id, "theme", id);

    public string Context(string id) => Kept(id) ?? RefiGuid.For(_document.Id, "context", id);

    public string Mechanism(string id) => Kept(id) ?? RefiGuid.For(_document.Id, "mechanism", id);

    public string Outcome(string id) => Kept(id) ?? RefiGuid.For(_document.Id, "outcome", id);

    public string Group(string name) => RefiGuid.For(_document.Id, "group", name);

    public string Set(string name) => RefiGuid.For(_document.Id, "set", name);

    public string Participant(string id) => _cases.GetValueOrDefault(id) ?? RefiGuid.For(_document.Id, "participant", id);

    public string Variable(string name) => RefiGuid.For(_document.Id, "variable", name);

    public string Source(string key) => _sources.GetValueOrDefault(key)?.Guid ?? RefiGuid.For(_document.Id, "source", key);

    /// <summary>The name the source had in the project it came from, if it was kept.</summary>
    public string? SourceName(string key) => _sources.GetValueOrDefault(key)?.Name;

    public string Quote(string id) => _selections.GetValueOrDefault(id) ?? RefiGuid.For(_document.Id, "quote", id);

    public string Coding(string quoteId, string codeGuid) => RefiGuid.For(_document.Id, "coding", $"{quoteId}/{codeGuid}");

    /// <summary>The colour the project gave the code, if kept.</summary>
    public string? Color(string id) => _codes.GetValueOrDefault(id)?.Color;

    /// <summary>The codability the project gave the code, else <paramref name="otherwise"/>.</summary>
    public bool Codable(string id, bool otherwise) =>
        bool.TryParse(_codes.GetValueOrDefault(id)?.IsCodable, out var codable) ? codable : otherwise;

    /// <summary>True when the element with this local id has a GUID kept from a QDA project.</summary>
    public bool IsKept(string id) => _codes.ContainsKey(id) || _cases.ContainsKey(id) || _selections.ContainsKey(id);

    private string? Kept(string id) => _codes.GetValueOrDefault(id)?.Guid;

    private static Dictionary<string, string> First(List<QdaGuidEntry> entries) =>
        entries.Where(e => IsGuid(e.Guid)).GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Guid, StringComparer.Ordinal);

    private static bool IsGuid(string guid) => System.Guid.TryParse(guid, out _) && !guid.Contains('{', StringComparison.Ordinal);
}

using System.Collections.Frozen;
using System.Reflection;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Queries;

/// <summary>
/// Every Cypher text the product runs, loaded from the <c>cypher/</c> folder (embedded as resources) by name:
/// <c>queries/studies/page</c> is <c>cypher/queries/studies/page.cypher</c>.
/// </summary>
internal sealed class QueryCatalog
{
    private const string Prefix = "cypher/";
    private const string Suffix = ".cypher";
    private readonly FrozenDictionary<string, string> _texts;

    private QueryCatalog(FrozenDictionary<string, string> texts) => _texts = texts;

    public static QueryCatalog Embedded { get; } = LoadEmbedded();

    public IEnumerable<string> Names => _texts.Keys;

    public string Text(string name) =>
        _texts.TryGetValue(name, out var text)
            ? text
            : throw new KeyNotFoundException($"No query named '{name}' in cypher/ (is the file there, and embedded?).");

    public CypherStatement Statement(string name, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(Text(name), parameters ?? new Dictionary<string, object?>()) { Name = name };

    /// <summary>The statements of a DDL file, which holds several separated by semicolons.</summary>
    public IReadOnlyList<string> Statements(string name) =>
        Text(name).Split(';').Select(StripComments).Where(s => s.Length > 0).ToList();

    private static string StripComments(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim();

    private static QueryCatalog LoadEmbedded()
    {
        var assembly = typeof(QueryCatalog).Assembly;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..^Suffix.Length].Replace('\\', '/');
            texts[name] = Read(assembly, resource);
        }

        return new QueryCatalog(texts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}

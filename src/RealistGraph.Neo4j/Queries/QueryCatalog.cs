using System.Collections.Frozen;
using System.Reflection;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Queries;

/// <summary>
/// Every Cypher text the product runs, loaded from the <c>cypher/</c> folder (embedded as resources) by name:
/// <c>queries/studies/page</c> is <c>cypher/queries/studies/page.cypher</c>.
/// <para>
/// Composed queries: a file named <c>X.match.cypher</c> (a MATCH ... WHERE that binds <c>x</c>) and a file named
/// <c>Y.tail.cypher</c> (the rest of a query, from <c>x</c> on) in the same folder or a folder above it together make
/// the query <c>folder/X/Y</c>: the match text, then the tail text. So <c>pages/themes/of-studies.match</c> with
/// <c>pages/themes/rows.tail</c> and <c>pages/count.tail</c> makes <c>queries/pages/themes/of-studies/rows</c> and
/// <c>queries/pages/themes/of-studies/count</c>: each way of finding the records is written once, each way of
/// answering (a page's rows, the count) once per kind. The parts alone are not queries; <see cref="Names"/> lists the
/// composed texts, which are what runs, what QueryPlansIT plans and what tools/cypher-lint lints (same rule).
/// </para>
/// </summary>
internal sealed class QueryCatalog
{
    private const string Prefix = "cypher/";
    private const string Suffix = ".cypher";
    private const string MatchSuffix = ".match";
    private const string TailSuffix = ".tail";
    private readonly FrozenDictionary<string, string> _texts;
    private readonly FrozenDictionary<string, string> _matchParts;

    private QueryCatalog(FrozenDictionary<string, string> texts, FrozenDictionary<string, string> matchParts)
    {
        _texts = texts;
        _matchParts = matchParts;
    }

    public static QueryCatalog Embedded { get; } = LoadEmbedded();

    public IEnumerable<string> Names => _texts.Keys;

    public string Text(string name) =>
        _texts.TryGetValue(name, out var text)
            ? text
            : throw new KeyNotFoundException($"No query named '{name}' in cypher/ (is the file there, and embedded?).");

    /// <summary>The match part a composed query starts with (<c>queries/pages/themes/all</c> for <c>queries/pages/themes/all/rows</c>), or null.</summary>
    public string? MatchPartOf(string name) => _matchParts.GetValueOrDefault(name);

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

        var matchParts = Compose(texts);
        return new QueryCatalog(texts.ToFrozenDictionary(StringComparer.Ordinal), matchParts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Replaces the match parts and tails in <paramref name="texts"/> by the queries they compose; answers each one's match part.</summary>
    private static Dictionary<string, string> Compose(Dictionary<string, string> texts)
    {
        var matches = texts.Keys.Where(n => n.EndsWith(MatchSuffix, StringComparison.Ordinal)).ToList();
        var tails = texts.Keys.Where(n => n.EndsWith(TailSuffix, StringComparison.Ordinal)).ToList();
        var matchParts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            var part = match[..^MatchSuffix.Length];
            foreach (var tail in tails.Where(t => part.StartsWith(FolderOf(t) + "/", StringComparison.Ordinal)))
            {
                var name = part + tail[FolderOf(tail).Length..^TailSuffix.Length];
                if (!texts.TryAdd(name, texts[match] + "\n" + texts[tail]))
                {
                    throw new InvalidOperationException($"The composed query {name} has the name of a file in cypher/.");
                }

                matchParts[name] = part;
            }
        }

        foreach (var part in matches.Concat(tails))
        {
            texts.Remove(part);
        }

        return matchParts;
    }

    private static string FolderOf(string name) => name[..name.LastIndexOf('/')];

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}

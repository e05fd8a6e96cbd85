using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Text;
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
/// <para>
/// Filters: a file named <c>P.filter.cypher</c> beside a match part holds one condition on <c>x</c> for the parameter
/// <c>P</c> in camel case (<c>theme-ids.filter</c> is <c>$themeIds</c>). <see cref="Text(string, IReadOnlyCollection{string})"/>
/// puts the conditions of the filters a request gives between the match part and the tail (<c>WITH x WHERE (...) AND (...)</c>),
/// so a filter left null is not in the query at all: Neo4j 3.1 evaluates every term of <c>$p IS NULL OR ...</c> for
/// every row, pattern comprehensions included, which made a 10,000-quote study's first page of quotes 4× slower.
/// </para>
/// <para>
/// A filter that follows a relationship is a pattern filter: its file holds <c>MATCH (x)-[...]-&gt;(y) WHERE ...</c>
/// instead of a condition, and goes after the conditions, each followed by <c>WITH DISTINCT x</c> (one row per record
/// however many of its neighbours match; the filter's own variables end there). 3.1 runs the same test written as a
/// pattern comprehension (<c>size([(x)-[...]-&gt;(y) WHERE ... | y]) &gt; 0</c>) as a nested plan per row: on a
/// 10,000-quote study the quotes of two themes took 37 ms that way and 24 ms as a pattern filter.
/// </para>
/// </summary>
internal sealed class QueryCatalog
{
    private const string Prefix = "cypher/";
    private const string Suffix = ".cypher";
    private const string MatchSuffix = ".match";
    private const string TailSuffix = ".tail";
    private const string FilterSuffix = ".filter";
    private readonly FrozenDictionary<string, string> _texts;
    private readonly FrozenDictionary<string, Composition> _compositions;
    private readonly ConcurrentDictionary<string, string> _filtered = new(StringComparer.Ordinal);

    private QueryCatalog(FrozenDictionary<string, string> texts, FrozenDictionary<string, Composition> compositions)
    {
        _texts = texts;
        _compositions = compositions;
    }

    public static QueryCatalog Embedded { get; } = LoadEmbedded();

    public IEnumerable<string> Names => _texts.Keys;

    public string Text(string name) =>
        _texts.TryGetValue(name, out var text)
            ? text
            : throw new KeyNotFoundException($"No query named '{name}' in cypher/ (is the file there, and embedded?).");

    /// <summary>The match part a composed query starts with (<c>queries/pages/themes/all</c> for <c>queries/pages/themes/all/rows</c>), or null.</summary>
    public string? MatchPartOf(string name) => _compositions.GetValueOrDefault(name)?.MatchPart;

    /// <summary>The filter parameters the composed query <paramref name="name"/> can take, in the order their conditions are added.</summary>
    public IReadOnlyList<string> FiltersOf(string name) =>
        _compositions.TryGetValue(name, out var composition) ? composition.Filters.Keys : [];

    /// <summary>
    /// The composed query <paramref name="name"/> with the conditions of <paramref name="filters"/> (parameter names
    /// from <see cref="FiltersOf"/>, in any order) between its match part and its tail; no filters: <see cref="Text(string)"/>.
    /// </summary>
    public string Text(string name, IReadOnlyCollection<string> filters)
    {
        if (filters.Count == 0)
        {
            return Text(name);
        }

        if (!_compositions.TryGetValue(name, out var composition))
        {
            throw new KeyNotFoundException($"No composed query named '{name}' in cypher/ takes filters.");
        }

        var unknown = filters.Where(f => !composition.Filters.ContainsKey(f)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"{name} has no filter for {string.Join(", ", unknown.Select(u => $"${u}"))} (a {FilterSuffix}.cypher file beside {composition.MatchPart}).", nameof(filters));
        }

        var chosen = composition.Filters.Keys.Where(filters.Contains).ToList();
        return _filtered.GetOrAdd(name + "?" + string.Join('&', chosen), _ => composition.With(chosen));
    }

    public CypherStatement Statement(string name, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(Text(name), parameters ?? new Dictionary<string, object?>()) { Name = name };

    /// <summary>The composed query <paramref name="name"/> with the given filters (see <see cref="Text(string, IReadOnlyCollection{string})"/>).</summary>
    public CypherStatement Statement(string name, IReadOnlyDictionary<string, object?> parameters, IReadOnlyCollection<string> filters) =>
        new(Text(name, filters), parameters) { Name = filters.Count == 0 ? name : $"{name} with {string.Join(", ", filters.Order(StringComparer.Ordinal))}" };

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
            // The files' comments are for their readers: sent with every statement they were about a kilobyte of
            // most requests, which Neo4j reads and hashes for its plan cache each time.
            texts[name] = StripComments(Read(assembly, resource));
        }

        var compositions = Compose(texts);
        return new QueryCatalog(texts.ToFrozenDictionary(StringComparer.Ordinal), compositions.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Replaces the match parts, tails and filters in <paramref name="texts"/> by the queries they compose; answers how each was composed.</summary>
    private static Dictionary<string, Composition> Compose(Dictionary<string, string> texts)
    {
        var matches = texts.Keys.Where(n => n.EndsWith(MatchSuffix, StringComparison.Ordinal)).ToList();
        var tails = texts.Keys.Where(n => n.EndsWith(TailSuffix, StringComparison.Ordinal)).ToList();
        var filters = texts.Keys.Where(n => n.EndsWith(FilterSuffix, StringComparison.Ordinal)).ToList();
        var compositions = new Dictionary<string, Composition>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            var part = match[..^MatchSuffix.Length];
            var conditions = filters
                .Where(f => FolderOf(f) == FolderOf(part))
                .ToFrozenDictionary(ParameterOf, f => texts[f], StringComparer.Ordinal);
            foreach (var tail in tails.Where(t => part.StartsWith(FolderOf(t) + "/", StringComparison.Ordinal)))
            {
                var name = part + tail[FolderOf(tail).Length..^TailSuffix.Length];
                var composition = new Composition(part, texts[match], texts[tail], new OrderedConditions(conditions));
                if (!texts.TryAdd(name, composition.With([])))
                {
                    throw new InvalidOperationException($"The composed query {name} has the name of a file in cypher/.");
                }

                compositions[name] = composition;
            }
        }

        foreach (var part in matches.Concat(tails).Concat(filters))
        {
            texts.Remove(part);
        }

        return compositions;
    }

    /// <summary><c>queries/pages/quotes/theme-ids.filter</c> is the filter of <c>$themeIds</c>.</summary>
    private static string ParameterOf(string filter)
    {
        var words = filter[(filter.LastIndexOf('/') + 1)..^FilterSuffix.Length].Split('-');
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static string FolderOf(string name) => name[..name.LastIndexOf('/')];

    /// <summary>How a composed query is made: its match part, its tail and the filters it can take.</summary>
    private sealed record Composition(string MatchPart, string MatchText, string TailText, OrderedConditions Filters)
    {
        public string With(List<string> filters)
        {
            if (filters.Count == 0)
            {
                return MatchText + "\n" + TailText;
            }

            var conditions = filters.Where(f => !IsPattern(Filters[f])).Select(f => $"({Filters[f]})").ToList();
            var text = new StringBuilder(MatchText).Append("\nWITH x");
            if (conditions.Count > 0)
            {
                text.Append("\nWHERE ").AppendJoin("\n  AND ", conditions);
            }

            foreach (var pattern in filters.Where(f => IsPattern(Filters[f])))
            {
                text.Append('\n').Append(Filters[pattern]).Append("\nWITH DISTINCT x");
            }

            return text.Append('\n').Append(TailText).ToString();
        }

        private static bool IsPattern(string filter) => filter.StartsWith("MATCH ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The conditions of a folder's filters by parameter, with the parameters in a fixed order.</summary>
    private sealed class OrderedConditions(FrozenDictionary<string, string> conditions)
    {
        public IReadOnlyList<string> Keys { get; } = [.. conditions.Keys.Order(StringComparer.Ordinal)];

        public string this[string parameter] => conditions[parameter];

        public bool ContainsKey(string parameter) => conditions.ContainsKey(parameter);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}

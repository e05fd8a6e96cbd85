using System.Reflection;
using System.Text.RegularExpressions;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.Neo4j.Tests.Queries;

/// <summary>Every query file is embedded, loads by name, is named in the code and used by it. No server needed.</summary>
public sealed class QueryCatalogTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Every_file_under_cypher_is_embedded_and_loads_by_name()
    {
        var catalog = QueryCatalog.Embedded;
        var whole = QueryFiles().Where(f => !f.EndsWith(".match", StringComparison.Ordinal) && !f.EndsWith(".tail", StringComparison.Ordinal)
            && !f.EndsWith(".filter", StringComparison.Ordinal));

        Assert.Equal(whole, catalog.Names.Where(n => catalog.MatchPartOf(n) is null).Order(StringComparer.Ordinal));
        Assert.All(catalog.Names, name => Assert.False(string.IsNullOrWhiteSpace(catalog.Text(name))));
    }

    [Fact]
    public void Every_match_part_makes_a_query_with_each_tail_in_its_folder_or_above_and_is_no_query_alone()
    {
        var catalog = QueryCatalog.Embedded;
        var matchParts = QueryFiles().Where(f => f.EndsWith(".match", StringComparison.Ordinal)).Select(f => f[..^".match".Length]).ToList();

        Assert.Equal(37, matchParts.Count);
        Assert.All(matchParts, part =>
        {
            Assert.DoesNotContain(part, catalog.Names);
            Assert.Equal(part, catalog.MatchPartOf(part + "/rows"));
            Assert.Equal(part, catalog.MatchPartOf(part + "/document-rows"));
            Assert.Equal(part, catalog.MatchPartOf(part + "/counted"));
            Assert.Equal(part, catalog.MatchPartOf(part + "/document-counted"));
        });
        Assert.Equal(matchParts.Count * 4, catalog.Names.Count(n => catalog.MatchPartOf(n) is not null));
        Assert.DoesNotContain(catalog.Names, n => n.EndsWith(".match", StringComparison.Ordinal) || n.EndsWith(".tail", StringComparison.Ordinal)
            || n.EndsWith(".filter", StringComparison.Ordinal));

        var pages = Path.Combine(Root, "cypher", "queries", "pages");
        Assert.Equal(
            WithoutComments(Path.Combine(pages, "themes", "of-studies.match.cypher")) + "\n" + WithoutComments(Path.Combine(pages, "themes", "rows.tail.cypher")),
            catalog.Text("queries/pages/themes/of-studies/rows"));
        Assert.EndsWith(WithoutComments(Path.Combine(pages, "themes", "counted.tail.cypher")), catalog.Text("queries/pages/themes/of-studies/counted"), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_filters_given_are_in_the_query_between_its_match_part_and_its_tail_in_a_fixed_order()
    {
        var catalog = QueryCatalog.Embedded;
        var pages = Path.Combine(Root, "cypher", "queries", "pages", "quotes");
        string Part(string file) => WithoutComments(Path.Combine(pages, file));

        var text = catalog.Text("queries/pages/quotes/of-studies/rows", ["textContains", "polarities"]);

        Assert.Equal(
            Part("of-studies.match.cypher") + "\nWITH x\nWHERE (" + Part("polarities.filter.cypher") + ")\n  AND ("
                + Part("text-contains.filter.cypher") + ")\n" + Part("rows.tail.cypher"),
            text);
        Assert.Equal(text, catalog.Text("queries/pages/quotes/of-studies/rows", ["polarities", "textContains"]));
        Assert.Equal(catalog.Text("queries/pages/quotes/of-studies/rows"), catalog.Text("queries/pages/quotes/of-studies/rows", []));
        Assert.DoesNotContain("IS NULL OR", catalog.Text("queries/pages/quotes/of-studies/rows"), StringComparison.Ordinal);
        Assert.Equal(
            ["canonicalDomains", "ids", "participantIds", "participantLabels", "polarities", "studyIds", "textContains", "themeIds"],
            catalog.FiltersOf("queries/pages/quotes/all/counted"));
        Assert.Empty(catalog.FiltersOf("queries/relations/theme-quotes"));
    }

    [Fact]
    public void Pattern_filters_follow_the_conditions_each_ending_in_one_row_per_record()
    {
        var catalog = QueryCatalog.Embedded;
        var pages = Path.Combine(Root, "cypher", "queries", "pages", "quotes");
        string Part(string file) => WithoutComments(Path.Combine(pages, file));

        var text = catalog.Text("queries/pages/quotes/of-studies/rows", ["themeIds", "polarities", "canonicalDomains"]);

        Assert.StartsWith("MATCH", Part("theme-ids.filter.cypher"), StringComparison.Ordinal);
        Assert.Equal(
            Part("of-studies.match.cypher") + "\nWITH x\nWHERE (" + Part("polarities.filter.cypher") + ")\n"
                + Part("canonical-domains.filter.cypher") + "\nWITH DISTINCT x\n"
                + Part("theme-ids.filter.cypher") + "\nWITH DISTINCT x\n" + Part("rows.tail.cypher"),
            text);

        // Without a condition the match part's own variables still end before the first pattern filter, which may reuse their names.
        Assert.Equal(
            Part("of-themes.match.cypher") + "\nWITH x\n" + Part("canonical-domains.filter.cypher") + "\nWITH DISTINCT x\n" + Part("rows.tail.cypher"),
            catalog.Text("queries/pages/quotes/of-themes/rows", ["canonicalDomains"]));
    }

    [Fact]
    public void Each_filter_file_tests_its_own_parameter_and_no_page_match_part_tests_a_null_parameter()
    {
        var catalog = QueryCatalog.Embedded;
        var filters = QueryFiles().Where(f => f.EndsWith(".filter", StringComparison.Ordinal)).ToList();

        Assert.True(filters.Count >= 40, $"only {filters.Count} filter files");
        Assert.All(filters, filter =>
        {
            var file = filter[(filter.LastIndexOf('/') + 1)..^".filter".Length].Split('-');
            var parameter = file[0] + string.Concat(file.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
            var text = File.ReadAllText(Path.Combine(Root, "cypher", filter + ".cypher"));
            Assert.Contains("$" + parameter, text, StringComparison.Ordinal);
            Assert.Contains(parameter, catalog.FiltersOf(filter[..filter.LastIndexOf('/')] + "/all/rows"));
        });
        Assert.All(catalog.Names.Where(n => n.StartsWith("queries/pages/", StringComparison.Ordinal)), name => Assert.DoesNotContain("IS NULL OR", catalog.Text(name), StringComparison.Ordinal));
    }

    [Fact]
    public void A_filter_the_query_does_not_have_is_refused_with_its_name()
    {
        var ex = Assert.Throws<ArgumentException>(() => QueryCatalog.Embedded.Text("queries/pages/themes/all/rows", ["polarities", "yearFrom"]));

        Assert.Contains("$yearFrom", ex.Message, StringComparison.Ordinal);
        Assert.Contains("queries/pages/themes/all/rows", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_name_is_refused_with_the_name()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => QueryCatalog.Embedded.Text("queries/no/such-query"));

        Assert.Contains("queries/no/such-query", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_query_file_is_named_in_the_code_and_every_name_has_a_file()
    {
        var named = NamesInCode().ToHashSet(StringComparer.Ordinal);
        var edges = Enum.GetValues<Domain.Model.EdgeKind>()
            .SelectMany(k => Enum.GetValues<Domain.Model.NodeKind>().Select(t => QueryNames.Import.Edge(k, t)))
            .Where(n => QueryCatalog.Embedded.Names.Contains(n));
        named.UnionWith(edges);
        var queries = QueryCatalog.Embedded.Names.Where(n => n.StartsWith("queries/", StringComparison.Ordinal))
            .Select(n => QueryCatalog.Embedded.MatchPartOf(n) ?? n).Distinct().ToList();

        var unnamed = queries.Where(q => !named.Contains(q)).ToList();
        var missing = named.Where(n => !queries.Contains(n) && !QueryCatalog.Embedded.Names.Contains(n)).ToList();

        Assert.True(unnamed.Count == 0, "Query files no code names: " + string.Join(", ", unnamed));
        Assert.True(missing.Count == 0, "Names without a file: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_name_is_used_somewhere_outside_its_declaration()
    {
        var sources = Directory.GetFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !Path.GetFileName(f).StartsWith("QueryNames", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var constants = typeof(QueryNames).GetNestedTypes().Append(typeof(QueryNames))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (Type: t, Field: f.Name)));

        var unused = constants.Where(c => !sources.Any(s => s.Contains($"{(c.Type == typeof(QueryNames) ? "QueryNames" : c.Type.Name)}.{c.Field}", StringComparison.Ordinal)
            || Regex.IsMatch(s, $@"\b[A-Z]\.{c.Field}\b"))).ToList();

        Assert.Empty(unused);
    }

    [Fact]
    public void Queries_are_served_without_their_comment_lines_and_otherwise_as_written()
    {
        var catalog = QueryCatalog.Embedded;
        var file = Path.Combine(Root, "cypher", "queries", "relations", "theme-quote-ids.cypher");
        Assert.Contains(File.ReadAllLines(file), l => l.StartsWith("//", StringComparison.Ordinal));

        Assert.Equal(WithoutComments(file), catalog.Text("queries/relations/theme-quote-ids"));
        Assert.All(catalog.Names, name => Assert.DoesNotContain(
            catalog.Text(name).Split('\n'), l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
    }

    /// <summary>A query file's text as the catalog serves it: its lines that are only a comment left out.</summary>
    private static string WithoutComments(string path) =>
        string.Join('\n', File.ReadAllLines(path).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim();

    private static List<string> NamesInCode() =>
        typeof(QueryNames).GetNestedTypes().Append(typeof(QueryNames))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

    private static List<string> QueryFiles() =>
        Directory.GetFiles(Path.Combine(Root, "cypher"), "*.cypher", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(Root, "cypher"), f).Replace('\\', '/')[..^".cypher".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

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

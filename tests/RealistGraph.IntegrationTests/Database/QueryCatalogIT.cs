using System.Reflection;
using System.Text.RegularExpressions;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.IntegrationTests.Database;

/// <summary>Every query file loads, is used by the code, and is accepted by the real server's planner.</summary>
public sealed partial class QueryCatalogIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private static List<string> NamesInCode() =>
        typeof(QueryNames).GetNestedTypes().Append(typeof(QueryNames))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

    private static List<string> QueryFiles() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "cypher"), "*.cypher", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(RepositoryPaths.Root, "cypher"), f).Replace('\\', '/')[..^".cypher".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Every_file_under_cypher_is_embedded_and_loads_by_name()
    {
        var catalog = QueryCatalog.Embedded;

        Assert.Equal(QueryFiles(), catalog.Names.Order(StringComparer.Ordinal));
        Assert.All(catalog.Names, name => Assert.False(string.IsNullOrWhiteSpace(catalog.Text(name))));
    }

    [Fact]
    public void Every_query_file_is_named_in_the_code_and_every_name_has_a_file()
    {
        var named = NamesInCode().ToHashSet(StringComparer.Ordinal);
        var edges = Enum.GetValues<Domain.Model.EdgeKind>()
            .SelectMany(k => Enum.GetValues<Domain.Model.NodeKind>().Select(t => QueryNames.Import.Edge(k, t)))
            .Where(n => QueryCatalog.Embedded.Names.Contains(n));
        named.UnionWith(edges);
        var queries = QueryCatalog.Embedded.Names.Where(n => n.StartsWith("queries/", StringComparison.Ordinal)).ToList();

        var unnamed = queries.Where(q => !named.Contains(q)).ToList();
        var missing = named.Where(n => !QueryCatalog.Embedded.Names.Contains(n)).ToList();

        Assert.True(unnamed.Count == 0, "Query files no code names: " + string.Join(", ", unnamed));
        Assert.True(missing.Count == 0, "Names without a file: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_name_is_used_somewhere_outside_its_declaration()
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories))
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
    public async Task Every_query_is_accepted_by_the_test_servers_planner()
    {
        var failures = new List<string>();
        foreach (var name in QueryCatalog.Embedded.Names.Where(n => n.StartsWith("queries/", StringComparison.Ordinal)))
        {
            var text = QueryCatalog.Embedded.Text(name);
            var parameters = Parameter().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToDictionary(p => p, _ => (object?)null);
            try
            {
                await Fixture.Database.RunAsync(new CypherStatement("EXPLAIN " + text, parameters));
            }
            catch (Neo4jException ex)
            {
                failures.Add($"{name}: {ex.Code} {ex.ServerMessage}");
            }
        }

        Assert.Empty(failures);
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}

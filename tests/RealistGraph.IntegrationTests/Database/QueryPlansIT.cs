using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Queries;
using Xunit.Abstractions;

namespace RealistGraph.IntegrationTests.Database;

/// <summary>
/// Every named query is EXPLAINed by the real server on a graph with data in it (the bundled studies) and on an empty
/// one, and none plans a scan of a whole label or of every node where an index or a unique constraint could find its
/// start instead. Queries whose scan is inherent (they read every node of a kind, or 3.1 has no index that could serve
/// them) are listed with the reason. No query may scan (an index, a label or every node) inside a per-row operator
/// (the right side of an Apply), whatever it is allowed at its start: that is a whole scan for every row.
/// </summary>
public sealed partial class QueryPlansIT(RealistGraphFixture fixture, ITestOutputHelper output) : GraphTest(fixture)
{
    private static readonly string[] _scans = ["NodeByLabelScan", "AllNodesScan"];

    // Inside a per-row operator an index scan is as bad as a label scan: 3.1 walks the index and the transaction's
    // uncommitted index updates for every row (how a 50k import went quadratic, docs/engineering-notes.md).
    private static readonly string[] _perRowScans = ["NodeIndexScan", "NodeByLabelScan", "AllNodesScan"];

    // The statements that run in large write transactions: imports, restores (which write through the import's
    // statements), mutations and the change log entry each write adds.

    // Nodes of every part kind that the trap's transaction creates before planning, as an import does before its links.
    private const int TrapNodesPerLabel = 5000;

    private static readonly string[] _partLabels =
    [
        "Quote", "Participant", "Domain", "DomainInteraction", "Theme:Finding", "Intervention:Finding", "Function:Finding",
        "Activity:Finding", "Context:Finding", "Mechanism:Finding", "Outcome:Finding", "CmoConfiguration:Finding",
    ];

    // The shape every import row lookup had before: with the trap set, 3.1 plans it as two index scans per row. The test
    // wants to see that happen, so that it knows the trap is set and its other findings mean something.
    private const string TrapCanary = """
        UNWIND $rows AS row
        MATCH (a:Quote {id: row.fromId})
        MATCH (b:Theme {id: row.toId})
        CREATE (a)-[:EVIDENCES {ordinal: row.ordinal}]->(b)
        """;

    // A query here reads every node of the label it scans, so no index could narrow it. A composed query (QueryCatalog) is
    // listed by its match part, which gives the scan to every query made from it (a page's rows and its count).
    private static readonly Dictionary<string, string> _inherentScans = new(StringComparer.Ordinal)
    {
        ["queries/access/all-keys"] = "lists every API key",
        ["queries/analysis/all-study-ids"] = "a cogs request over every study lists every study",
        ["queries/analysis/cog-themes-of-all-studies"] = "the cogs of every study start from every study",
        ["queries/analysis/cog-tallies-of-all-studies"] = "the cogs of every study start from every study",
        ["queries/analysis/stated-interactions-of-all-studies"] = "the cogs of every study start from every study",
        ["queries/suggestions/finding-texts"] = "text similarity compares every finding",
        ["queries/suggestions/rejections"] = "suggestions leave out every rejected pair",
        ["queries/search/everywhere"] = "a search over all studies reads every record of the kinds asked",
        ["queries/pages/contexts/all"] = "a page without a filter an index serves reads every context",
        ["queries/pages/activities/all"] = "a page without a filter an index serves reads every activity",
        ["queries/analysis/findings-of-kind"] = "recurring findings group every finding of the kinds asked",
        ["queries/backup/study-ids"] = "a backup writes every study",
        ["queries/changes/all"] = "a backup writes the whole change log",
        ["queries/links/all"] = "lists every link",
        ["queries/links/by-id"] = "removeLink gives only the link's id, a hash of its ends that says nothing of where it starts; "
            + "3.1 cannot index a relationship property (Neo4j 5 finds it through the relationship index of migration 005)",
        ["queries/maintenance/clear-graph"] = "empties the graph",
        ["queries/schema/applied-migrations"] = "lists every applied migration",
        ["queries/studies/count"] = "counts every study",
        ["queries/pages/studies/all"] = "a page without a filter an index serves reads every study",
        ["queries/pages/domains/all"] = "a page without a filter an index serves reads every domain",
        ["queries/pages/themes/all"] = "a page without a filter an index serves reads every theme",
        ["queries/pages/quotes/all"] = "a page without a filter an index serves reads every quote",
        ["queries/pages/participants/all"] = "a page without a filter an index serves reads every participant",
        ["queries/pages/interventions/all"] = "a page without a filter an index serves reads every intervention",
        ["queries/pages/functions/all"] = "a page without a filter an index serves reads every function",
        ["queries/pages/mechanisms/all"] = "a page without a filter an index serves reads every mechanism",
        ["queries/pages/outcomes/all"] = "a page without a filter an index serves reads every outcome",
        ["queries/pages/cmo-configurations/all"] = "a page without a filter an index serves reads every CMO configuration",
    };

    [Fact]
    public async Task No_named_query_scans_a_label_where_an_index_could_find_its_start()
    {
        foreach (var sample in Directory.GetFiles(RepositoryPaths.Samples, "*.yaml").Order(StringComparer.Ordinal))
        {
            await Fixture.ImportAsync(sample);
        }

        Assert.Empty(await UnexpectedScansAsync());
    }

    // 3.1 plans a lookup on an empty or nearly empty label as a scan of it whatever the index: the hints keep the plans
    // independent of what the graph holds when they are made (plans are cached per query text).
    [Fact]
    public async Task No_named_query_scans_a_label_where_an_index_could_find_its_start_on_an_empty_graph() =>
        Assert.Empty(await UnexpectedScansAsync());

    // The 50k import stall. 3.1 estimates an index scan's rows from the index's last sample, and a label's count from
    // the counts store plus the transaction's own nodes. On a fresh server the id indexes were sampled empty, and a tiny
    // study's commit does not get them resampled for a while (over a minute here); inside the next import's transaction,
    // with thousands of its own nodes, `{id: row.x}` lookups were then planned as an index scan estimated at 0 rows, run
    // once per row. Every named query is planned inside such a transaction, and none may scan per row: the writes run in
    // large transactions, and a read made just after a large import commits meets the same stale samples.
    [Fact]
    public async Task No_named_query_scans_per_row_inside_a_large_transaction_after_a_tiny_study_is_committed()
    {
        using var neo4j = RawNeo4j.Client();
        var endpoints = await Fixture.Database.EndpointsAsync();

        // The graph is empty (cleared for this test): the samples are made to say so, as on a fresh server, whatever
        // an earlier test left in them. Then a tiny study is committed, as the benchmark's warm-up import does.
        await PostAsync(neo4j, endpoints.AutoCommitPath, [("CALL db.resampleOutdatedIndexes()", new())]);
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var creates = _partLabels.Select(label => (
            $"UNWIND range(1, $count) AS i CREATE (:{label}:StudyPart {{id: 'trap/' + $label + '-' + i, studyId: 'trap'}})",
            new Dictionary<string, object?> { ["count"] = TrapNodesPerLabel, ["label"] = label }));
        var begun = await PostAsync(neo4j, endpoints.BeginPath, [.. creates]);
        var transaction = new Uri(begun.GetProperty("commit").GetString()!).AbsolutePath[..^"/commit".Length];
        try
        {
            var canary = await ExplainAsync(neo4j, transaction, TrapCanary, new() { ["rows"] = Example("rows") });
            Assert.True(PerRowScans(canary, false).Any(), "the trap is not set: the old lookup shape planned no scan per row");
            Assert.Empty(await UnexpectedScansAsync(transaction));
        }
        finally
        {
            using var _ = await neo4j.DeleteAsync(transaction);
        }
    }

    // A page's rows sort only the first skip + limit + 1 records (a top-N sort), whatever the number that match;
    // a counted page counts every match but sorts no more than that either.
    [Fact]
    public async Task Every_root_page_sorts_only_the_rows_up_to_its_end()
    {
        using var neo4j = RawNeo4j.Client();
        var path = (await Fixture.Database.EndpointsAsync()).AutoCommitPath;
        var rows = QueryCatalog.Embedded.Names
            .Where(n => n.StartsWith("queries/pages/", StringComparison.Ordinal) && (n.EndsWith("rows", StringComparison.Ordinal) || n.EndsWith("counted", StringComparison.Ordinal)))
            .ToList();

        Assert.Equal(148, rows.Count);
        foreach (var (name, text) in rows.SelectMany(WithAndWithoutFilters))
        {
            var plan = await ExplainAsync(neo4j, path, text, Parameter().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToDictionary(p => p, Example));
            var operators = Operators(plan).Select(o => o.Operator).ToList();
            Assert.True(operators.Contains("Top") && !operators.Contains("Sort"), $"{name} plans {string.Join(", ", operators)}");
        }
    }

    /// <summary>
    /// Plans every named query (or those under <paramref name="folders"/>), in the open transaction at
    /// <paramref name="path"/> when given, and lists their forbidden scans.
    /// </summary>
    private async Task<List<string>> UnexpectedScansAsync(string? path = null, string[]? folders = null)
    {
        using var neo4j = RawNeo4j.Client();
        path ??= (await Fixture.Database.EndpointsAsync()).AutoCommitPath;
        var failures = new List<string>();
        var planned = 0;
        folders ??= ["queries/"];
        foreach (var (name, text) in QueryCatalog.Embedded.Names.Where(n => folders.Any(f => n.StartsWith(f, StringComparison.Ordinal))).Order(StringComparer.Ordinal)
            .SelectMany(WithAndWithoutFilters))
        {
            var parameters = Parameter().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToDictionary(p => p, Example);
            var plan = await ExplainAsync(neo4j, path, text, parameters);
            planned++;
            var perRow = PerRowScans(plan, false).Distinct().ToList();
            if (perRow.Count > 0)
            {
                output.WriteLine($"{name}: per row {string.Join(", ", perRow)}");
                failures.Add($"{name}: per row {string.Join(", ", perRow)}");
            }

            var scans = Operators(plan).Where(o => _scans.Contains(o.Operator)).Select(o => $"{o.Operator}({o.Details})").Distinct().ToList();
            if (scans.Count > 0)
            {
                var named = name.Split(" with ")[0];
                var why = _inherentScans.GetValueOrDefault(named)
                    ?? (QueryCatalog.Embedded.MatchPartOf(named) is { } part ? _inherentScans.GetValueOrDefault(part) : null);
                output.WriteLine($"{name}: {string.Join(", ", scans)}{(why is null ? "" : $" (allowed: {why})")}");
                if (why is null)
                {
                    failures.Add($"{name}: {string.Join(", ", scans)}");
                }
            }
        }

        Assert.True(planned > (folders.Length == 1 ? 100 : 50), $"only {planned} queries were planned");
        return failures;
    }

    private const string WithEveryFilter = " with every filter";

    /// <summary>
    /// A query as named, and a page query also with every filter it can take (any other choice of conditions is a
    /// subset of those) and with each pattern filter alone (a MATCH the planner may start from when nothing else narrows it).
    /// </summary>
    private static IEnumerable<(string Name, string Text)> WithAndWithoutFilters(string name)
    {
        var text = QueryCatalog.Embedded.Text(name);
        yield return (name, text);
        if (QueryCatalog.Embedded.FiltersOf(name) is { Count: > 0 } filters)
        {
            yield return (name + WithEveryFilter, QueryCatalog.Embedded.Text(name, [.. filters]));
            foreach (var filter in filters)
            {
                var filtered = QueryCatalog.Embedded.Text(name, [filter]);
                if (Matches(filtered) > Matches(text))
                {
                    yield return ($"{name} with only ${filter}", filtered);
                }
            }
        }

        static int Matches(string cypher) => Regex.Count(cypher, @"\bMATCH\b");
    }

    [Fact]
    public void Every_allowed_scan_names_a_query_that_exists()
    {
        var names = QueryCatalog.Embedded.Names.Select(n => QueryCatalog.Embedded.MatchPartOf(n) ?? n).ToHashSet(StringComparer.Ordinal);
        Assert.All(_inherentScans.Keys, n => Assert.Contains(n, names));
    }

    // A value of the type the query expects: 3.1 plans `x.id IN $ids` as a scan when the list it is given is null.
    private static object? Example(string parameter) => parameter switch
    {
        "withText" or "descending" or "byCanonical" => false,
        "skip" => 0,
        "limit" or "yearFrom" or "yearTo" => 10,
        "props" => new Dictionary<string, object?>(),
        "rows" or "keys" or "changes" => new[] { new Dictionary<string, object?> { ["id"] = "s/x" } },
        "orderBy" => "NAME",
        _ when parameter.EndsWith("Ids", StringComparison.Ordinal) || parameter is "ids" or "polarities" or "canonicalDomains" or "sites"
            or "labels" or "valences" or "participantLabels" or "confidences" or "kinds" or "keep" or "seen" or "relations" => new[] { "s/x" },
        _ => "s/x",
    };

    // The transactional API answers an EXPLAIN with the plan beside the (empty) rows.
    private static async Task<JsonElement> ExplainAsync(HttpClient neo4j, string path, string text, Dictionary<string, object?> parameters)
    {
        // A plan cached by another test (or by the other fact here) would be answered as it is: the CYPHER prefix and a
        // comment of its own make the text new, so it is planned for the graph as it is now.
        var body = new { statements = new[] { new { statement = $"CYPHER planner=cost EXPLAIN {text}\n// planned {Guid.NewGuid():N}", parameters } } };
        using var response = await neo4j.PostAsJsonAsync(path, body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        if (root.GetProperty("errors").GetArrayLength() > 0)
        {
            throw new Xunit.Sdk.XunitException($"EXPLAIN failed: {root.GetProperty("errors")}\n{text}");
        }

        return root.GetProperty("results")[0].GetProperty("plan").GetProperty("root").Clone();
    }

    private static IEnumerable<(string Operator, string Details)> Operators(JsonElement plan)
    {
        var details = plan.TryGetProperty("identifiers", out var ids) ? string.Join(",", ids.EnumerateArray().Select(i => i.GetString())) : "";
        yield return (plan.GetProperty("operatorType").GetString() ?? "", details);
        if (plan.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                foreach (var op in Operators(child))
                {
                    yield return op;
                }
            }
        }
    }

    // The scans that run once per row: those on the right-hand side of any Apply (Apply, SemiApply, RollUpApply,
    // ForeachApply, ...), whose right side is run again for every row of its left side.
    private static IEnumerable<string> PerRowScans(JsonElement plan, bool perRow)
    {
        var type = plan.GetProperty("operatorType").GetString() ?? "";
        if (perRow && _perRowScans.Contains(type))
        {
            yield return $"{type}({(plan.TryGetProperty("Index", out var index) ? index.GetString() : plan.TryGetProperty("LabelName", out var label) ? label.GetString() : "")})";
        }

        if (plan.TryGetProperty("children", out var children))
        {
            var i = 0;
            foreach (var child in children.EnumerateArray())
            {
                foreach (var scan in PerRowScans(child, perRow || (type.EndsWith("Apply", StringComparison.Ordinal) && i == 1)))
                {
                    yield return scan;
                }

                i++;
            }
        }
    }

    private static async Task<JsonElement> PostAsync(HttpClient neo4j, string path, (string Text, Dictionary<string, object?> Parameters)[] statements)
    {
        var body = new { statements = statements.Select(s => new { statement = s.Text, parameters = s.Parameters }) };
        using var response = await neo4j.PostAsJsonAsync(path, body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (json.RootElement.GetProperty("errors").GetArrayLength() > 0)
        {
            throw new Xunit.Sdk.XunitException($"Neo4j refused: {json.RootElement.GetProperty("errors")}");
        }

        return json.RootElement.Clone();
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}

using System.Text.Json;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Bench;

/// <summary>
/// The reads of issue 11, each as the GraphQL request a client sends and as the single hand-written Cypher that
/// returns the same data (the floor), with a canonical form of both answers so that the benchmark can check that
/// they agree before it times them.
/// </summary>
public sealed record FloorRead(
    string Name,
    string GraphQL,
    Func<string, object> Variables,
    Func<JsonElement, string> FromGraphQL,
    string Cypher,
    Func<string, Dictionary<string, object?>> Parameters,
    Func<CypherResult, string> FromCypher)
{
    public static IReadOnlyList<FloorRead> All { get; } =
    [
        new(
            "study → themes → quote ids",
            "query ($id: ID!) { study(id: $id) { themes { id quotes { id } } } }",
            id => new { id },
            data => Canonical(data.GetProperty("study").GetProperty("themes").EnumerateArray()
                .Select(t => $"{t.GetProperty("id").GetString()}:{Ids(t.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("id").GetString()))}")),
            """
            MATCH (s:Study {id: $id})-[:REPORTS]->(t:Theme)
            OPTIONAL MATCH (t)<-[:EVIDENCES]-(q:Quote)
            RETURN t.id AS id, collect(q.id) AS quotes
            """,
            id => new() { ["id"] = id },
            result => Canonical(result.Records.Select(r => $"{r.GetString("id")}:{Ids(r.GetStrings("quotes"))}"))),
        new(
            "study → themes → first 5 quote ids of each",
            "query ($id: ID!) { study(id: $id) { themesConnection(first: 50) { nodes { id quotesConnection(first: 5) { totalCount nodes { id } } } } } }",
            id => new { id },
            data => Canonical(data.GetProperty("study").GetProperty("themesConnection").GetProperty("nodes").EnumerateArray()
                .Select(t => Page(
                    t.GetProperty("id").GetString(),
                    t.GetProperty("quotesConnection").GetProperty("totalCount").GetInt64(),
                    t.GetProperty("quotesConnection").GetProperty("nodes").EnumerateArray().Select(q => q.GetProperty("id").GetString())))),
            """
            MATCH (s:Study {id: $id})-[:REPORTS]->(t:Theme)
            WITH t ORDER BY t.ordinal LIMIT 50
            OPTIONAL MATCH (t)<-[:EVIDENCES]-(q:Quote)
            WITH t, q ORDER BY q.ordinal
            WITH t, collect(q) AS quotes
            RETURN t.id AS id, size(quotes) AS total, [q IN quotes[0..5] | q.id] AS quotes
            """,
            id => new() { ["id"] = id },
            result => Canonical(result.Records.Select(r => Page(r.GetString("id"), r.GetInt64("total"), r.GetStrings("quotes"))))),
        new(
            "cogModel (supports, threats per domain)",
            "query ($id: ID!) { cogModel(studyIds: [$id]) { cogs { domain { name } supports threats } } }",
            id => new { id },
            data => Canonical(data.GetProperty("cogModel").GetProperty("cogs").EnumerateArray()
                .Select(c => $"{c.GetProperty("domain").GetProperty("name").GetString()}:{c.GetProperty("supports").GetInt32()}/{c.GetProperty("threats").GetInt32()}")),
            """
            MATCH (s:Study {id: $id})-[:REPORTS]->(t:Theme)-[:IN_DOMAIN]->(d:Domain)
            MATCH (t)<-[:EVIDENCES]-(q:Quote)
            WITH d, q, collect(DISTINCT t.polarity) AS themePolarities
            WITH d, coalesce(q.polarity, CASE WHEN size(themePolarities) = 1 THEN themePolarities[0] ELSE 'MIXED' END) AS polarity
            RETURN d.name AS name, sum(CASE polarity WHEN 'SUPPORT' THEN 1 ELSE 0 END) AS supports,
                   sum(CASE polarity WHEN 'THREAT' THEN 1 ELSE 0 END) AS threats
            """,
            id => new() { ["id"] = id },
            result => Canonical(result.Records.Select(r => $"{r.GetString("name")}:{r.GetInt64("supports")}/{r.GetInt64("threats")}"))),
        new(
            "themes by domain and polarity",
            "query ($id: ID!) { themes(where: {studyId: $id, canonicalDomain: \"social\", polarity: THREAT}) { nodes { id name } } }",
            id => new { id },
            data => Canonical(data.GetProperty("themes").GetProperty("nodes").EnumerateArray()
                .Select(t => $"{t.GetProperty("id").GetString()}:{t.GetProperty("name").GetString()}")),
            """
            MATCH (s:Study {id: $id})-[:REPORTS]->(t:Theme)-[:IN_DOMAIN]->(d:Domain)
            WHERE t.polarity = 'THREAT' AND d.canonicalDomain = 'social'
            RETURN t.id AS id, t.name AS name
            ORDER BY t.ordinal
            LIMIT 50
            """,
            id => new() { ["id"] = id },
            result => Canonical(result.Records.Select(r => $"{r.GetString("id")}:{r.GetString("name")}"))),
        new(
            "first page of a study's quotes",
            "query ($id: ID!) { quotes(where: {studyId: $id}, first: 20) { nodes { id } } }",
            id => new { id },
            data => string.Join(",", data.GetProperty("quotes").GetProperty("nodes").EnumerateArray().Select(q => q.GetProperty("id").GetString())),
            """
            MATCH (s:Study {id: $id})-[:HAS_QUOTE]->(q:Quote)
            RETURN q.id AS id
            ORDER BY q.ordinal
            LIMIT 20
            """,
            id => new() { ["id"] = id },
            result => string.Join(",", result.Records.Select(r => r.GetString("id")))),
        new(
            "first page of a theme's quotes",
            "query ($theme: ID!) { quotes(where: {themeId: $theme}, first: 20) { nodes { id } } }",
            id => new { theme = GeneratedTheme(id) },
            data => string.Join(",", data.GetProperty("quotes").GetProperty("nodes").EnumerateArray().Select(q => q.GetProperty("id").GetString())),
            """
            MATCH (t:Theme {id: $theme})<-[:EVIDENCES]-(q:Quote)
            RETURN q.id AS id
            ORDER BY q.ordinal
            LIMIT 20
            """,
            id => new() { ["theme"] = GeneratedTheme(id) },
            result => string.Join(",", result.Records.Select(r => r.GetString("id"))))
        {
            GeneratedStudiesOnly = true,
        },
    ];

    /// <summary>Set on a read that names a record only the generated studies have (<see cref="SyntheticStudies"/>'s ids).</summary>
    public bool GeneratedStudiesOnly { get; init; }

    private static string GeneratedTheme(string studyId) => $"{studyId}/t002";

    // A page keeps its order: it is the first quotes in the study's order, not a set.
    private static string Page(string? id, long total, IEnumerable<string?> ids) => $"{id}:{total}:{string.Join(",", ids)}";

    private static string Ids(IEnumerable<string?> ids) => string.Join(",", ids.Order(StringComparer.Ordinal));

    private static string Canonical(IEnumerable<string> parts) => string.Join("\n", parts.Order(StringComparer.Ordinal));
}

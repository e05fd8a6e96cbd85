using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RealistGraph.Application.Studies;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Maintenance;

namespace RealistGraph.Bench;

/// <summary>
/// (e) Import against its same-document floor: <see cref="StudyImportService.ImportAsync(StudyDocument, CancellationToken)"/>
/// and <see cref="ImportFloor"/> write the same generated document into an empty graph, alternating (the graph cleared
/// before each), at each size of <see cref="BenchOptions.ImportQuotes"/>. Before timing, the floor's statements are
/// EXPLAINed (a label or all-nodes scan fails the run) and the two graphs written are compared (labels, relationship
/// types, property counts): a difference fails the run, whatever the times.
/// </summary>
public sealed class ImportFloorBenchmark(
    BenchOptions options, TextWriter output, IGraphDatabase database, StudyImportService importer, GraphMaintenance graph, Neo4jHttp neo4j)
{
    private static readonly string[] Scans = ["AllNodesScan", "NodeByLabelScan"];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine("## (e) import against the same-document floor (one transaction, 5,000-row UNWIND batches, index seeks)");
        output.WriteLine();
        await CheckPlansAsync(cancellationToken);

        // Warm-up: the first import of a process pays for JIT and connection set-up; neither side should be charged for it.
        var warmUp = SyntheticStudies.Create("import-warm-up", options.Themes, 20, 200);
        await graph.ClearAsync(cancellationToken);
        await importer.ImportAsync(warmUp, cancellationToken);
        await graph.ClearAsync(cancellationToken);
        await ImportFloor.WriteAsync(database, warmUp, cancellationToken);

        output.WriteLine($"median of {options.ImportRuns} runs per side, alternating, the graph cleared before each; "
            + $"service: Neo4j:ImportBatchRows = {options.ServiceBatchRows?.ToString() ?? "as configured"}; floor: {options.FloorBatchRows} rows a request. "
            + "Ratio = service / floor.");
        output.WriteLine();
        output.WriteLine("| quotes | codings | service | its preparation (validate, map, hash, rows) | floor | ratio | service requests | floor requests |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var quotes in options.ImportQuotes)
        {
            await MeasureAsync(quotes, cancellationToken);
        }

        await graph.ClearAsync(cancellationToken);
        output.WriteLine();
        output.WriteLine("answers: the service and the floor wrote the same nodes, labels, relationships and property counts");
        output.WriteLine();
    }

    private async Task MeasureAsync(int quotes, CancellationToken cancellationToken)
    {
        var id = $"import-floor-{quotes}";
        var document = SyntheticStudies.Create(id, options.Themes, Math.Min(options.Participants, quotes), quotes);
        var codings = document.Quotes.Sum(q => q.Themes.Count);
        var serviceTimes = new List<TimeSpan>();
        var floorTimes = new List<TimeSpan>();
        int serviceRequests = 0, floorRequests = 0;
        for (var run = 0; run < options.ImportRuns; run++)
        {
            // Alternate which side goes first, so that neither always follows the other's garbage.
            foreach (var side in run % 2 == 0 ? new[] { "service", "floor" } : ["floor", "service"])
            {
                await graph.ClearAsync(cancellationToken);
                using var scope = CypherRoundTrips.BeginScope(out var trips);
                var clock = Stopwatch.StartNew();
                if (side == "service")
                {
                    var outcome = await importer.ImportAsync(document, cancellationToken);
                    serviceTimes.Add(clock.Elapsed);
                    serviceRequests = trips.Count;
                    if (outcome.Change != ImportChange.Created)
                    {
                        throw new InvalidOperationException($"the service's import into an empty graph said {outcome.Describe()}");
                    }
                }
                else
                {
                    await ImportFloor.WriteAsync(database, document, cancellationToken, options.FloorBatchRows);
                    floorTimes.Add(clock.Elapsed);
                    floorRequests = trips.Count;
                }

                if (run == 0 && side == "service")
                {
                    _serviceGraph = await GraphSummaryAsync(id, cancellationToken);
                }
                else if (run == 0)
                {
                    _floorGraph = await GraphSummaryAsync(id, cancellationToken);
                }
            }

            if (run == 0 && _serviceGraph != _floorGraph)
            {
                throw new InvalidOperationException($"{id}: the service and the floor wrote different graphs.\nservice:\n{_serviceGraph}\nfloor:\n{_floorGraph}");
            }
        }

        var preparation = Preparation(document);
        var service = Report.Median(serviceTimes);
        var floor = Report.Median(floorTimes);
        output.WriteLine($"| {quotes:N0} | {codings:N0} | {Report.Seconds(service)} | {Report.Seconds(preparation)} | {Report.Seconds(floor)} | "
            + $"{Report.Ratio(service, floor)} | {serviceRequests} | {floorRequests} |");
        output.Flush();
    }

    private string _serviceGraph = "";
    private string _floorGraph = "";

    // What the service does before it sends anything, timed alone on the same document.
    private static TimeSpan Preparation(StudyDocument document)
    {
        var clock = Stopwatch.StartNew();
        var study = StudyFile.Validate(document);
        var studyGraph = StudyDocumentMapper.ToGraph(study.Document);
        GC.KeepAlive(StudyGraphWriter.WriteStatements(studyGraph));
        return clock.Elapsed;
    }

    /// <summary>The study's nodes by labels (with their property count) and relationships by type: what both imports must agree on.</summary>
    private async Task<string> GraphSummaryAsync(string studyId, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["id"] = studyId };
        var results = await database.RunAsync(
            [
                new CypherStatement("""
                    MATCH (n:StudyPart) WHERE n.studyId = $id
                    RETURN labels(n) AS labels, count(*) AS nodes, sum(size(keys(n))) AS properties
                    """, parameters) { Name = "bench/import-floor-check" },
                new CypherStatement("""
                    MATCH (n:StudyPart)-[r]->() WHERE n.studyId = $id
                    RETURN type(r) AS type, count(*) AS relationships, sum(size(keys(r))) AS properties
                    """, parameters) { Name = "bench/import-floor-check" },
                new CypherStatement("""
                    MATCH (s:Study {id: $id})-[r]->()
                    RETURN type(r) AS type, count(*) AS relationships
                    """, parameters) { Name = "bench/import-floor-check" },
            ],
            cancellationToken);
        var lines = results[0].Records.Select(r => $"{string.Join(":", r.GetStrings("labels").Order(StringComparer.Ordinal))} {r.GetInt64("nodes")} nodes {r.GetInt64("properties")} properties")
            .Concat(results[1].Records.Select(r => $"-[{r.GetString("type")}]-> {r.GetInt64("relationships")} ({r.GetInt64("properties")} properties)"))
            .Concat(results[2].Records.Select(r => $"study -[{r.GetString("type")}]-> {r.GetInt64("relationships")}"))
            .Order(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }

    private async Task CheckPlansAsync(CancellationToken cancellationToken)
    {
        var operators = new List<string>();
        foreach (var statement in ImportFloor.Statements("import-floor-plan"))
        {
            var plan = await neo4j.ExplainAsync(statement, cancellationToken);
            var ops = Operators(plan).ToList();
            var scans = ops.Where(Scans.Contains).ToList();
            if (scans.Count > 0)
            {
                throw new InvalidOperationException($"the import floor's statement plans {string.Join(", ", scans)}:\n{statement.Text}");
            }

            operators.AddRange(ops.Where(o => o.Contains("Seek", StringComparison.Ordinal)));
        }

        output.WriteLine("plans of the floor (EXPLAIN): " + string.Join(", ", operators.GroupBy(o => o).Select(g => $"{g.Key} ×{g.Count()}"))
            + "; no label or all-nodes scan");
        output.WriteLine();
    }

    private static IEnumerable<string> Operators(JsonElement plan)
    {
        yield return plan.GetProperty("operatorType").GetString() ?? "";
        if (plan.TryGetProperty("children", out var children))
        {
            foreach (var op in children.EnumerateArray().SelectMany(Operators))
            {
                yield return op;
            }
        }
    }
}

/// <summary>Neo4j's HTTP API called directly, for what the service's client does not return: the plan of an EXPLAIN.</summary>
public sealed class Neo4jHttp(string url, string password, IGraphDatabase database) : IDisposable
{
    private readonly HttpClient _http = Client(url, password);

    public void Dispose() => _http.Dispose();

    public async Task<JsonElement> ExplainAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        var path = (await database.EndpointsAsync(cancellationToken)).AutoCommitPath;
        var body = new { statements = new[] { new { statement = "EXPLAIN " + statement.Text, parameters = statement.Parameters } } };
        using var response = await _http.PostAsJsonAsync(path, body, cancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = json.RootElement;
        return root.GetProperty("errors").GetArrayLength() > 0
            ? throw new InvalidOperationException($"EXPLAIN failed: {root.GetProperty("errors")}")
            : root.GetProperty("results")[0].GetProperty("plan").GetProperty("root").Clone();
    }

    private static HttpClient Client(string url, string password)
    {
        var user = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j";
        var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return client;
    }
}

using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Studies;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Maintenance;
using RealistGraph.Neo4j.Schema;

namespace RealistGraph.Bench;

/// <summary>
/// One benchmark run against the Neo4j named by NEO4J_URL, through the real service hosted in-process on Kestrel:
/// (a) batched vs naive import, (b) GraphQL reads of 1 vs many studies vs one request per study, (c) re-import.
/// It clears the graph before and after: it refuses a graph that holds studies unless told it may clear it.
/// </summary>
public sealed class Benchmark(BenchOptions options, TextWriter output) : IAsyncDisposable
{
    private const string StudiesQuery = """
        query ($first: Int!) { studies(first: $first, order: {by: ID}) { nodes { id title themes { id name polarity quotes { id text } } } } }
        """;

    private const string StudyQuery = """
        query ($id: ID!) { study(id: $id) { id title themes { id name polarity quotes { id text } } } }
        """;

    private WebApplicationFactory<Program>? _factory;

    public async Task<int> RunAsync(string neo4jUrl, string password, CancellationToken cancellationToken)
    {
        // The service's content root (appsettings.json, wwwroot): the factory reads it from this variable first.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_REALISTGRAPH_API", ApiProjectFolder());
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            // As deployed: the factory's default is Development (GraphiQL, introspection, DI scope validation).
            web.UseEnvironment("Production");
            web.UseSetting("NEO4J_URL", neo4jUrl);
            web.UseSetting("NEO4J_PASSWORD", password);
            web.UseSetting("Realist:Debug", "true");
            web.UseSetting("Realist:LoadSamples", "false");
            web.UseSetting("Realist:AnonymousRead", "true");
            if (options.ServiceBatchRows is { } batchRows)
            {
                web.UseSetting("Neo4j:ImportBatchRows", batchRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            // The floor's large reads under 16 clients on a loaded machine run past the default 30 s.
            web.UseSetting("Realist:Limits:ExecutionTimeoutSeconds", "600");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");

            // wwwroot is built by the web pages' own step; the benchmark does not need it.
            web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.StaticFiles", "Error");
        });
        // A free loopback port: UseKestrel(0) still binds the default 127.0.0.1:5000, which another process may hold.
        _factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        var services = _factory.Services;
        var database = services.GetRequiredService<IGraphDatabase>();
        var graphMaintenance = services.GetRequiredService<GraphMaintenance>();
        var importer = services.GetRequiredService<StudyImportService>();

        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
        var studies = await graphMaintenance.CountStudiesAsync(cancellationToken);
        if (studies > 0 && !options.AllowClear)
        {
            await Console.Error.WriteLineAsync(
                $"realist-bench: the graph at {neo4jUrl} holds {studies} studies; the benchmark clears the graph it uses. "
                + "Point NEO4J_URL at a test server, or pass --allow-clear.");
            return 2;
        }

        var server = await services.GetRequiredService<SchemaMigrator>().ServerVersionAsync(cancellationToken);
        output.WriteLine($"# RealistGraph benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, Neo4j {server} at {neo4jUrl}");
        output.WriteLine();

        try
        {
            await graphMaintenance.ClearAsync(cancellationToken);
            if (options.Parts.Contains("classic"))
            {
                await ImportAsync(database, graphMaintenance, importer, cancellationToken);
                await graphMaintenance.ClearAsync(cancellationToken);
                await ReadAsync(importer, cancellationToken);
            }

            if (options.Parts.Contains("floor"))
            {
                using var http = _factory.CreateClient();
                await new FloorBenchmark(options, output, database, new GraphQLClient(http), importer).RunAsync(graphMaintenance, cancellationToken);
            }

            if (options.Parts.Contains("import"))
            {
                using var neo4j = new Neo4jHttp(neo4jUrl, password, database);
                await new ImportFloorBenchmark(options, output, database, importer, graphMaintenance, neo4j).RunAsync(cancellationToken);
            }

            if (options.Parts.Contains("memory"))
            {
                await graphMaintenance.ClearAsync(cancellationToken);
                await new MemoryBenchmark(options, output, services.GetRequiredService<RealistGraph.Application.Access.ApiKeyService>())
                    .RunAsync(neo4jUrl, password, ApiProjectFolder(), cancellationToken);
            }
        }
        finally
        {
            output.WriteLine();
            if (options.KeepGraph)
            {
                output.WriteLine("The graph keeps the last study (--keep-graph).");
            }
            else
            {
                await graphMaintenance.ClearAsync(CancellationToken.None);
                output.WriteLine("The graph was cleared again.");
            }
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private static string ApiProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "RealistGraph.Api");
            if (File.Exists(Path.Combine(candidate, "RealistGraph.Api.csproj")))
            {
                return candidate;
            }
        }

        return AppContext.BaseDirectory;
    }

    /// <summary>(a) batched vs naive, (c) the same document again.</summary>
    private async Task ImportAsync(IGraphDatabase database, GraphMaintenance graphMaintenance, StudyImportService importer, CancellationToken cancellationToken)
    {
        var document = SyntheticStudies.Create("bench-large", options.Themes, options.Participants, options.Quotes);
        var graph = StudyDocumentMapper.ToGraph(document);
        var codings = graph.Edges.Count;
        output.WriteLine($"## (a) import of one study: 3 domains, {options.Themes} themes, {options.Participants} participants, "
            + $"{options.Quotes:N0} quotes, {codings:N0} quote→theme codings");
        output.WriteLine();

        var (first, firstTrips, firstOutcome) = await TimedImportAsync(importer, document, cancellationToken);
        var (second, secondTrips, secondOutcome) = await TimedImportAsync(importer, document, cancellationToken);

        await graphMaintenance.ClearAsync(cancellationToken);
        var naive = await new NaiveImport(database).WriteAsync(graph, options.NaiveQuotes, cancellationToken);
        var scale = (double)options.Quotes / naive.QuotesWritten;
        var naiveTotal = naive.Setup + naive.Quotes * scale;
        var naiveTrips = naive.RoundTrips - (naive.QuoteRows) + (int)Math.Round(naive.QuoteRows * scale);

        Report.Table(output, ["import", "rows written", "Neo4j HTTP requests", "time", "vs batched"],
        [
            ["batched: StudyImportService (UNWIND lists, one transaction)", $"all {options.Quotes:N0} quotes", firstTrips.ToString(), Report.Seconds(first), "1.0×"],
            [$"naive: one statement per row, one transaction, measured", $"{naive.SetupRows} set-up rows + first {naive.QuotesWritten:N0} quotes ({naive.QuoteRows:N0} rows)",
                naive.RoundTrips.ToString(), Report.Seconds(naive.Setup + naive.Quotes), "(partial)"],
            [$"naive, **extrapolated** to {options.Quotes:N0} quotes", $"set-up + {naive.QuoteRows:N0} × {scale:0.#}", $"≈ {naiveTrips}",
                $"≈ {Report.Seconds(naiveTotal)}", Report.Ratio(naiveTotal, first)],
        ]);
        output.WriteLine();
        output.WriteLine($"batched: {firstOutcome}");
        output.WriteLine($"naive: set-up rows {Report.Seconds(naive.Setup)}, quote rows {Report.Seconds(naive.Quotes)} "
            + $"({naive.Quotes.TotalMilliseconds / naive.QuoteRows:0.00} ms a row, commit included)");
        output.WriteLine();

        output.WriteLine("## (c) the same document imported twice");
        output.WriteLine();
        Report.Table(output, ["import", "outcome", "Neo4j HTTP requests", "time"],
        [
            ["first", firstOutcome.Split(':', 2)[1].Split(',')[0].Trim(), firstTrips.ToString(), Report.Seconds(first)],
            ["second", secondOutcome.Split(':', 2)[1].Split('(')[0].Trim(), secondTrips.ToString(), Report.Seconds(second)],
        ]);
        output.WriteLine();
        output.WriteLine($"second: {secondOutcome}; {Report.Ratio(first, second)} faster than the first");
        output.WriteLine();
        if (!secondOutcome.Contains("unchanged", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The second import of the same document was not reported unchanged.");
        }
    }

    private static async Task<(TimeSpan Time, int RoundTrips, string Outcome)> TimedImportAsync(
        StudyImportService importer, StudyDocument document, CancellationToken cancellationToken)
    {
        using var scope = CypherRoundTrips.BeginScope(out var trips);
        var clock = Stopwatch.StartNew();
        var outcome = await importer.ImportAsync(document, cancellationToken);
        return (clock.Elapsed, trips.Count, outcome.Describe());
    }

    /// <summary>(b) GraphQL over HTTP: 1 study, all studies in one request, and one request per study.</summary>
    private async Task ReadAsync(StudyImportService importer, CancellationToken cancellationToken)
    {
        const int themes = 6, participants = 10, quotes = 40;
        var ids = Enumerable.Range(1, options.Studies).Select(i => $"bench-study-{i:000}").ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await importer.ImportAsync(SyntheticStudies.Create(id, themes, participants, quotes, seed: i), cancellationToken);
        }

        output.WriteLine($"## (b) GraphQL read over HTTP: studies with their themes and the themes' quotes");
        output.WriteLine();
        output.WriteLine($"{options.Studies} studies of {themes} themes and {quotes} quotes each; median of {options.Runs} runs after {options.WarmUps} warm-up runs.");
        output.WriteLine();

        using var http = _factory!.CreateClient();
        var client = new GraphQLClient(http);
        var one = await MeasureAsync(() => OneRequestAsync(client, 1, cancellationToken));
        var all = await MeasureAsync(() => OneRequestAsync(client, options.Studies, cancellationToken));
        var perStudy = await MeasureAsync(async () =>
        {
            var total = TimeSpan.Zero;
            var trips = 0;
            foreach (var id in ids)
            {
                var sample = await client.PostAsync(StudyQuery, new { id }, cancellationToken);
                total += sample.Latency;
                trips += sample.RoundTrips;
            }

            return (total, trips);
        });

        Report.Table(output, ["read", "HTTP requests", "Cypher round trips", "median latency", $"vs {options.Studies} in one request"],
        [
            ["1 study", "1", one.RoundTrips.ToString(), Report.Seconds(one.Median), ""],
            [$"{options.Studies} studies, one request", "1", all.RoundTrips.ToString(), Report.Seconds(all.Median), "1.0×"],
            [$"{options.Studies} studies, one request per study (N+1)", options.Studies.ToString(), perStudy.RoundTrips.ToString(),
                Report.Seconds(perStudy.Median), Report.Ratio(perStudy.Median, all.Median)],
        ]);
        output.WriteLine();
        output.WriteLine(one.RoundTrips == all.RoundTrips
            ? $"round trips: {one.RoundTrips} for 1 study and for {options.Studies} (they depend on the depth of the selection, not its rows)"
            : $"WARNING: round trips differ: {one.RoundTrips} for 1 study, {all.RoundTrips} for {options.Studies}");
    }

    private static async Task<(TimeSpan Total, int RoundTrips)> OneRequestAsync(GraphQLClient client, int first, CancellationToken cancellationToken)
    {
        var sample = await client.PostAsync(StudiesQuery, new { first }, cancellationToken);
        var returned = sample.Data.GetProperty("studies").GetProperty("nodes").GetArrayLength();
        return returned == first ? (sample.Latency, sample.RoundTrips) : throw new InvalidOperationException($"asked for {first} studies, got {returned}");
    }

    private async Task<(TimeSpan Median, int RoundTrips)> MeasureAsync(Func<Task<(TimeSpan Latency, int RoundTrips)>> run)
    {
        for (var i = 0; i < options.WarmUps; i++)
        {
            await run();
        }

        var samples = new List<TimeSpan>();
        var trips = new HashSet<int>();
        for (var i = 0; i < options.Runs; i++)
        {
            var (latency, roundTrips) = await run();
            samples.Add(latency);
            trips.Add(roundTrips);
        }

        return trips.Count == 1 ? (Report.Median(samples), trips.Single()) : throw new InvalidOperationException($"round trips varied between runs: {string.Join(", ", trips)}");
    }
}

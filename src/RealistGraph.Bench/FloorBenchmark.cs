using System.Diagnostics;
using System.Globalization;
using RealistGraph.Application.Studies;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Maintenance;

namespace RealistGraph.Bench;

/// <summary>
/// (d) The same-document floor: each read of <see cref="FloorRead.All"/> through the service (GraphQL over HTTP)
/// and as its single hand-written Cypher over Neo4j's HTTP API (the same client the service uses), on the seed study
/// and on generated studies, measured interleaved in one run. Both answers are compared first: a difference is a
/// failure (exit 1), whatever the times.
/// </summary>
public sealed class FloorBenchmark(BenchOptions options, TextWriter output, IGraphDatabase database, GraphQLClient client, StudyImportService importer)
{
    private static readonly TimeSpan JitQuiet = TimeSpan.FromSeconds(1);

    public async Task RunAsync(GraphMaintenance graph, CancellationToken cancellationToken)
    {
        output.WriteLine("## (d) reads against the same-document floor (one hand-written Cypher returning the same data)");
        output.WriteLine();
        output.WriteLine($"p50 of {options.Runs} serial runs after at least {options.WarmUps} warm-ups and until the JIT has been quiet for "
            + $"{JitQuiet.TotalSeconds:0} s (at most {options.WarmUpSeconds} s), service and floor alternating; "
            + $"throughput over {options.ThroughputSeconds} s per side and client count, in two alternating halves. Ratio = service / floor "
            + "(time), floor / service (throughput). Two more requests are timed and counted beside them, to show the least "
            + "ratio a read through the service could reach: `GET /health/live` (the HTTP hop to the service; no GraphQL, "
            + "no database) and `{ __typename }` (the hop and GraphQL.NET's least work for a request; no database). "
            + "\"least through ...\" rows give (that request + floor) / floor, and for throughput 1 + floor rate / its rate "
            + "(they share the machine's cores).");
        output.WriteLine();
        output.WriteLine("| read | study | measure | RealistGraph | floor | ratio |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- |");

        var seed = SeedFile();
        if (seed is not null && options.FloorSeed)
        {
            await graph.ClearAsync(cancellationToken);
            var outcome = await importer.ImportFileAsync(seed, cancellationToken: cancellationToken);
            await MeasureStudyAsync("seed", outcome.StudyId, false, cancellationToken);
        }

        foreach (var quotes in options.FloorQuotes)
        {
            await graph.ClearAsync(cancellationToken);
            var id = $"floor-{quotes}";
            await importer.ImportAsync(SyntheticStudies.Create(id, options.Themes, Math.Min(options.Participants, quotes), quotes), cancellationToken);
            await MeasureStudyAsync($"{quotes:N0} quotes", id, true, cancellationToken);
        }

        output.WriteLine();
        output.WriteLine("answers: every read returned the same data through the service and through its floor");
        output.WriteLine();
    }

    private async Task MeasureStudyAsync(string label, string studyId, bool generated, CancellationToken cancellationToken)
    {
        foreach (var read in FloorRead.All.Where(r => options.FloorReads.Count == 0 || options.FloorReads.Any(p => r.Name.Contains(p, StringComparison.Ordinal))))
        {
            if (read.GeneratedStudiesOnly && !generated)
            {
                continue;
            }

            var parameters = read.Parameters(studyId);
            var statement = new CypherStatement(read.Cypher, parameters) { Name = "bench/floor" };
            Func<Task> service = async () =>
            {
                var sample = await client.PostAsync(read.GraphQL, read.Variables(studyId), cancellationToken);
                GC.KeepAlive(sample);
            };
            Func<Task> floor = async () => GC.KeepAlive(await database.RunAsync(statement, cancellationToken));
            Func<Task> hop = () => client.HopAsync(cancellationToken);
            Func<Task> typename = async () => GC.KeepAlive(await client.PostAsync("{ __typename }", null, cancellationToken));

            var fromService = read.FromGraphQL((await client.PostAsync(read.GraphQL, read.Variables(studyId), cancellationToken)).Data);
            var fromFloor = read.FromCypher(await database.RunAsync(statement, cancellationToken));
            if (!string.Equals(fromService, fromFloor, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"{read.Name} on {label}: the service and the floor disagree.\nservice:\n{Head(fromService)}\nfloor:\n{Head(fromFloor)}");
            }

            if (fromService.Length == 0)
            {
                throw new InvalidOperationException($"{read.Name} on {label}: both answers are empty; the benchmark's data is wrong.");
            }

            var serial = await SerialAsync([service, floor, hop, typename]);
            var (serviceP50, floorP50) = (serial[0], serial[1]);
            Row([read.Name, label, "p50 serial", Report.Seconds(serviceP50), Report.Seconds(floorP50), Report.Ratio(serviceP50, floorP50)]);
            Row([read.Name, label, "p50 serial, least through an HTTP hop", $"hop {Report.Seconds(serial[2])} + floor",
                Report.Seconds(floorP50), Report.Ratio(serial[2] + floorP50, floorP50)]);
            Row([read.Name, label, "p50 serial, least through GraphQL.NET", $"{{ __typename }} {Report.Seconds(serial[3])} + floor",
                Report.Seconds(floorP50), Report.Ratio(serial[3] + floorP50, floorP50)]);
            if (!generated)
            {
                await CpuAsync(read.Name, label, service, floor);
                continue;
            }

            foreach (var clients in options.FloorClients)
            {
                var rates = await ThroughputAsync([service, floor, typename], clients);
                var (serviceRate, floorRate) = (rates[0], rates[1]);
                Row([read.Name, label, $"requests/s, {clients} clients", Rate(serviceRate), Rate(floorRate),
                    (floorRate / Math.Max(serviceRate, 0.001)).ToString("0.0'×'", CultureInfo.InvariantCulture)]);
                Row([read.Name, label, $"requests/s, {clients} clients, least through GraphQL.NET", $"{{ __typename }} {Rate(rates[2])} with floor", Rate(floorRate),
                    (1 + floorRate / Math.Max(rates[2], 0.001)).ToString("0.0'×'", CultureInfo.InvariantCulture)]);
            }

            await CpuAsync(read.Name, label, service, floor);
        }
    }

    // CPU per request, serial: the benchmark's process (the hosted service and the client reading its answer; for the
    // floor, the client reading Neo4j's) and Neo4j's. Printed as ".NET + Neo4j"; the ratio is of the sums.
    private async Task CpuAsync(string name, string label, Func<Task> service, Func<Task> floor)
    {
        var cpu = new ProcessCpu();
        if (!cpu.SeesNeo4j)
        {
            return;
        }

        async Task<(double Self, double Neo4j, double Allocated, int FullCollections)> PerRequestAsync(Func<Task> request)
        {
            var before = cpu.Now();
            var allocated = GC.GetTotalAllocatedBytes();
            var full = GC.CollectionCount(2);
            for (var i = 0; i < options.Runs; i++)
            {
                await request();
            }

            var after = cpu.Now();
            return ((after.Self - before.Self).TotalMilliseconds / options.Runs, (after.Neo4j - before.Neo4j)!.Value.TotalMilliseconds / options.Runs,
                (GC.GetTotalAllocatedBytes() - allocated) / 1e6 / options.Runs, GC.CollectionCount(2) - full);
        }

        var s = await PerRequestAsync(service);
        var f = await PerRequestAsync(floor);
        static string Cell((double Self, double Neo4j, double Allocated, int FullCollections) c) =>
            string.Create(CultureInfo.InvariantCulture, $"{c.Self:0} + {c.Neo4j:0} ms");
        static string Memory((double Self, double Neo4j, double Allocated, int FullCollections) c) =>
            string.Create(CultureInfo.InvariantCulture, $"{c.Allocated:0.0} MB, {c.FullCollections} gen-2 GCs in all");
        Row([name, label, "CPU per request (.NET + Neo4j)", Cell(s), Cell(f),
            ((s.Self + s.Neo4j) / Math.Max(f.Self + f.Neo4j, 0.001)).ToString("0.0'×'", CultureInfo.InvariantCulture)]);
        Row([name, label, ".NET allocation per request", Memory(s), Memory(f),
            (s.Allocated / Math.Max(f.Allocated, 0.001)).ToString("0.0'×'", CultureInfo.InvariantCulture)]);
    }

    // Each figure is printed as soon as it is measured: a long run shows its progress, and a failure keeps what came before.
    private void Row(string[] cells)
    {
        output.WriteLine("| " + string.Join(" | ", cells) + " |");
        output.Flush();
    }

    /// <summary>The p50 of each request, timed one after another in turn, after warming them all up.</summary>
    private async Task<TimeSpan[]> SerialAsync(Func<Task>[] requests)
    {
        await WarmUpAsync(requests);
        var times = requests.Select(_ => new List<TimeSpan>()).ToArray();
        for (var i = 0; i < options.Runs; i++)
        {
            for (var r = 0; r < requests.Length; r++)
            {
                times[r].Add(await TimeAsync(requests[r]));
            }
        }

        return times.Select(Report.Median).ToArray();
    }

    // The service's code runs unoptimised (tier 0) until the JIT has tiered it up, which on a loaded machine takes
    // thousands of requests, the JIT compiling beside them: measured then, a small read timed the start-up (the seed's
    // reads read 4-6× where the warm service reads about half that). The floor's path (the Neo4j client) is warm
    // from the import already. So both sides warm up until the JIT has compiled nothing for a while.
    private async Task WarmUpAsync(Func<Task>[] requests)
    {
        var limit = Stopwatch.StartNew();
        var quiet = Stopwatch.StartNew();
        for (var i = 0; i < options.WarmUps || (quiet.Elapsed < JitQuiet && limit.Elapsed.TotalSeconds < options.WarmUpSeconds); i++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            foreach (var request in requests)
            {
                await request();
            }

            if (System.Runtime.JitInfo.GetCompiledMethodCount() != compiled)
            {
                quiet.Restart();
            }
        }
    }

    /// <summary>Requests per second of each request at <paramref name="clients"/> clients, in two alternating halves.</summary>
    private async Task<double[]> ThroughputAsync(Func<Task>[] requests, int clients)
    {
        var half = TimeSpan.FromSeconds(options.ThroughputSeconds / 2.0);
        var counts = new int[requests.Length];
        var times = new TimeSpan[requests.Length];
        for (var round = 0; round < 2; round++)
        {
            for (var r = 0; r < requests.Length; r++)
            {
                var (n, t) = await BurstAsync(requests[r], clients, half);
                (counts[r], times[r]) = (counts[r] + n, times[r] + t);
            }
        }

        return counts.Select((n, r) => n / times[r].TotalSeconds).ToArray();
    }

    // Every client sends requests one after another until the time is up; requests in flight then are finished and counted.
    private static async Task<(int Count, TimeSpan Elapsed)> BurstAsync(Func<Task> request, int clients, TimeSpan duration)
    {
        var count = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            do
            {
                await request();
                Interlocked.Increment(ref count);
            }
            while (clock.Elapsed < duration);
        }));
        return (count, clock.Elapsed);
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> request)
    {
        var clock = Stopwatch.StartNew();
        await request();
        return clock.Elapsed;
    }

    private static string Rate(double perSecond) => perSecond.ToString(perSecond >= 10 ? "0" : "0.0", CultureInfo.InvariantCulture);

    private static string Head(string text) => text.Length > 600 ? text[..600] + " ..." : text;

    private static string? SeedFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "brooks-2023-bsme.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

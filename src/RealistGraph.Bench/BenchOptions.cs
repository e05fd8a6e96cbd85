namespace RealistGraph.Bench;

/// <summary>Sizes of one benchmark run. The defaults are what docs/benchmarks.md reports.</summary>
public sealed record BenchOptions
{
    public int Quotes { get; init; } = 10_000;

    public int Participants { get; init; } = 500;

    public int Themes { get; init; } = 30;

    /// <summary>How many quotes the naive (one statement per row) baseline writes before it is extrapolated.</summary>
    public int NaiveQuotes { get; init; } = 1_000;

    public int Studies { get; init; } = 50;

    public int Runs { get; init; } = 10;

    public int WarmUps { get; init; } = 2;

    /// <summary>
    /// The most seconds a floor read warms up for (both sides) before it is measured: past <see cref="WarmUps"/>, it
    /// warms until the JIT has compiled nothing for a second, or this long.
    /// </summary>
    public int WarmUpSeconds { get; init; } = 20;

    /// <summary>Sizes (quotes) of the generated studies the floor reads (d) run on.</summary>
    public IReadOnlyList<int> FloorQuotes { get; init; } = [10_000, 50_000];

    /// <summary>Client counts of the floor's throughput runs.</summary>
    public IReadOnlyList<int> FloorClients { get; init; } = [4, 16];

    /// <summary>Seconds of each side's throughput run (split in two alternating halves).</summary>
    public int ThroughputSeconds { get; init; } = 6;

    /// <summary>Whether the floor reads also run on the seed study of samples/.</summary>
    public bool FloorSeed { get; init; } = true;

    /// <summary>Sizes (quotes) of the generated studies the import floor (e) writes.</summary>
    public IReadOnlyList<int> ImportQuotes { get; init; } = [10_000, 50_000];

    /// <summary>Runs per side and size of the import floor (e).</summary>
    public int ImportRuns { get; init; } = 3;

    /// <summary>Quotes per request of the import floor (5,000 as issue 11 defines it).</summary>
    public int FloorBatchRows { get; init; } = ImportFloor.BatchRows;

    /// <summary>The service's <c>Neo4j:ImportBatchRows</c> for this run; null keeps its configuration.</summary>
    public int? ServiceBatchRows { get; init; }

    /// <summary>Quotes of the study the memory part (f) imports into the service run as its own process.</summary>
    public int MemoryQuotes { get; init; } = 50_000;

    /// <summary>How long the memory part (f) lets the service idle after the import and reads.</summary>
    public int MemoryIdleSeconds { get; init; } = 60;

    /// <summary>
    /// Which parts run: (a)-(c) "classic", (d) "floor", (e) "import", (f) "memory". By default all but "memory" (which
    /// idles a minute); <c>--only</c> (repeatable) and <c>--memory</c> choose.
    /// </summary>
    public IReadOnlyList<string> Parts { get; init; } = ["classic", "floor", "import"];

    /// <summary>Clear a graph that already holds studies. Without it the benchmark refuses such a graph.</summary>
    public bool AllowClear { get; init; }

    /// <summary>Leave the last study in the graph at the end (to PROFILE its reads by hand); the next run clears it.</summary>
    public bool KeepGraph { get; init; }

    /// <summary>The floor reads to run: those whose name contains one of these (all when empty).</summary>
    public IReadOnlyList<string> FloorReads { get; init; } = [];

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var only = new List<string>();
        BenchOptions Only(string part)
        {
            only.Add(part);
            return options;
        }

        for (var i = 0; i < args.Count; i++)
        {
            int Next() => i + 1 < args.Count && int.TryParse(args[++i], out var n) && n > 0
                ? n
                : throw new ArgumentException($"{args[i]} needs a positive number");
            List<int> NextList() => i + 1 < args.Count
                ? args[++i].Split(',').Select(n => int.TryParse(n, out var v) && v > 0 ? v : throw new ArgumentException($"{args[i - 1]} needs positive numbers, comma-separated")).ToList()
                : throw new ArgumentException($"{args[i]} needs positive numbers, comma-separated");
            string NextPart() => i + 1 < args.Count && args[++i] is "classic" or "floor" or "import" or "memory"
                ? args[i]
                : throw new ArgumentException($"{args[i - 1]} needs classic, floor, import or memory");
            options = args[i] switch
            {
                "--quotes" => options with { Quotes = Next() },
                "--participants" => options with { Participants = Next() },
                "--naive-quotes" => options with { NaiveQuotes = Next() },
                "--studies" => options with { Studies = Next() },
                "--runs" => options with { Runs = Next() },
                "--floor-quotes" => options with { FloorQuotes = NextList() },
                "--floor-clients" => options with { FloorClients = NextList() },
                "--throughput-seconds" => options with { ThroughputSeconds = Next() },
                "--warm-up-seconds" => options with { WarmUpSeconds = Next() },
                "--import-quotes" => options with { ImportQuotes = NextList() },
                "--import-runs" => options with { ImportRuns = Next() },
                "--service-batch-rows" => options with { ServiceBatchRows = Next() },
                "--floor-batch-rows" => options with { FloorBatchRows = Next() },
                "--no-seed" => options with { FloorSeed = false },
                "--only" => Only(NextPart()),
                "--memory" => Only("memory"),
                "--memory-quotes" => options with { MemoryQuotes = Next() },
                "--idle-seconds" => options with { MemoryIdleSeconds = Next() },
                "--ci" => options with
                {
                    Parts = ["floor", "import"],
                    FloorQuotes = [400],
                    ImportQuotes = [400],
                    ImportRuns = 1,
                    Participants = 40,
                    Themes = 12,
                    FloorClients = [4],
                    ThroughputSeconds = 1,
                    Runs = 3,
                    WarmUps = 1,
                    WarmUpSeconds = 3,
                },
                "--allow-clear" => options with { AllowClear = true },
                "--keep-graph" => options with { KeepGraph = true },
                "--read" => options with { FloorReads = [.. options.FloorReads, i + 1 < args.Count ? args[++i] : throw new ArgumentException("--read needs part of a read's name")] },
                var other => throw new ArgumentException($"unknown option {other}"),
            };
        }

        return options with { NaiveQuotes = Math.Min(options.NaiveQuotes, options.Quotes), Parts = only.Count > 0 ? only : options.Parts };
    }
}

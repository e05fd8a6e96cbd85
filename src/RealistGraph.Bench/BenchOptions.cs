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

    /// <summary>Clear a graph that already holds studies. Without it the benchmark refuses such a graph.</summary>
    public bool AllowClear { get; init; }

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            int Next() => i + 1 < args.Count && int.TryParse(args[++i], out var n) && n > 0
                ? n
                : throw new ArgumentException($"{args[i]} needs a positive number");
            options = args[i] switch
            {
                "--quotes" => options with { Quotes = Next() },
                "--participants" => options with { Participants = Next() },
                "--naive-quotes" => options with { NaiveQuotes = Next() },
                "--studies" => options with { Studies = Next() },
                "--runs" => options with { Runs = Next() },
                "--allow-clear" => options with { AllowClear = true },
                var other => throw new ArgumentException($"unknown option {other}"),
            };
        }

        return options with { NaiveQuotes = Math.Min(options.NaiveQuotes, options.Quotes) };
    }
}

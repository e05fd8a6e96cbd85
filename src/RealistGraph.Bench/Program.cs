using System.Globalization;

namespace RealistGraph.Bench;

/// <summary>realist-bench's entry (not a top-level program: the API's <c>Program</c> is the one the benchmark hosts).</summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"realist-bench: {ex.Message}");
            await Console.Error.WriteLineAsync("usage: realist-bench [--quotes N] [--participants N] [--naive-quotes N] [--studies N] [--runs N] [--floor-quotes N,N] [--floor-clients N,N] [--throughput-seconds N] [--warm-up-seconds N] [--import-quotes N,N] [--import-runs N] [--service-batch-rows N] [--floor-batch-rows N] [--no-seed] [--memory] [--memory-quotes N] [--idle-seconds N] [--only classic|floor|import|memory]... [--ci] [--allow-clear] [--keep-graph] [--read TEXT]...");
            return 2;
        }

        var url = Environment.GetEnvironmentVariable("NEO4J_URL");
        if (string.IsNullOrEmpty(url))
        {
            await Console.Error.WriteLineAsync("realist-bench: set NEO4J_URL (and NEO4J_PASSWORD) to a test Neo4j; ./realist bench starts one.");
            return 2;
        }

        await using var benchmark = new Benchmark(options, Console.Out);
        return await benchmark.RunAsync(url, Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "", CancellationToken.None);
    }
}

using System.Diagnostics;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Cli;

/// <summary>
/// realist-cli as its own process, from the CLI project's build output (the tests' output folder lacks the
/// dependency-injection assemblies a command that touches the graph needs), with Neo4j at a given address.
/// </summary>
public static class CliProcess
{
    private static readonly string CliDll = Path.Combine(RepositoryPaths.Root, "src", "RealistGraph.Cli", "bin", "Release", "net10.0", "realist-cli.dll");

    public static Task<Run> RunAsync(string neo4jUrl, params string[] args) => RunAsync(neo4jUrl, new Dictionary<string, string>(), args);

    /// <summary>Runs the CLI with <paramref name="environment"/> added to its environment (e.g. the .NET runtime's settings).</summary>
    public static async Task<Run> RunAsync(string neo4jUrl, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        Assert.True(File.Exists(CliDll), $"{CliDll} is not built");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NEO4J_URL"] = neo4jUrl;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The exit code and everything the process wrote (standard output, then standard error).</summary>
    public sealed record Run(int ExitCode, string Output);
}

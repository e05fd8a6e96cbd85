using RealistGraph.Cli;

namespace RealistGraph.IntegrationTests.Cli;

/// <summary>What one in-process run of realist-cli returned and wrote.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs the CLI's entry with <paramref name="args"/>, the test Neo4j's variables and captured output.</summary>
    public static async Task<CliRun> RunAsync(params string[] args) => await RunAsync(Environment.GetEnvironmentVariable, args);

    public static async Task<CliRun> RunAsync(Func<string, string?> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliConsole(output, error, IsInteractive: false), environment);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

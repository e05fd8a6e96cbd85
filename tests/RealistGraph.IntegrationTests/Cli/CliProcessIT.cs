using System.Diagnostics;
using RealistGraph.Cli;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Cli;

/// <summary>realist-cli as the process the <c>realist</c> script starts: its exit code reaches the shell.</summary>
public sealed class CliProcessIT
{
    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "realist-cli.dll");

    [Theory]
    [InlineData("samples/brooks-2023-bsme.yaml", ExitCodes.Ok)]
    [InlineData("tests/fixtures/broken-dangling.yaml", ExitCodes.Invalid)]
    [InlineData("tests/fixtures/no-such-file.yaml", ExitCodes.Usage)]
    public async Task Validate_exits_with_the_documented_code(string file, int expected)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { CliDll, "validate", file },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == expected, $"exit {process.ExitCode}, expected {expected}:\n{await stdout}\n{await stderr}");
    }
}

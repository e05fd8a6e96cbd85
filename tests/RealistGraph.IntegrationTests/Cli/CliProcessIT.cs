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

    [Theory]
    [InlineData("deep.json", 20_000)]
    [InlineData("deep.yaml", 20_000)]
    public async Task Validate_refuses_a_document_nested_20000_levels_without_crashing(string name, int levels)
    {
        // Issue 9: 20,000 levels crashed the CLI (stack overflow, process aborted).
        var folder = Directory.CreateTempSubdirectory("realist-deep-").FullName;
        try
        {
            var path = Path.Combine(folder, name);
            await File.WriteAllTextAsync(path, name.EndsWith(".json", StringComparison.Ordinal)
                ? "{\"id\": " + new string('[', levels) + new string(']', levels) + "}"
                : "id: " + new string('[', levels) + new string(']', levels) + "\n");
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { CliDll, "validate", path },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = RepositoryPaths.Root,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == ExitCodes.Invalid, $"exit {process.ExitCode}:\n{await stdout}\n{await stderr}");
            Assert.Contains("nest", await stderr, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

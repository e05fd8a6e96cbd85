using System.Diagnostics;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Cli;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PublishCollection
{
    public const string Name = "dotnet publish, alone (it builds)";
}

/// <summary>
/// The Dockerfile's build step, without Docker (no engine runs here): <c>dotnet publish</c> of the API succeeds
/// and its output holds what the runtime image starts.
/// </summary>
[Collection(PublishCollection.Name)]
public sealed class ApiPublishIT : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("realist-publish-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public async Task Publishing_the_api_in_release_gives_the_assembly_its_settings_and_static_files()
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "RealistGraph.Api");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", project, "-c", "Release", "-o", _output, "-p:UseAppHost=false", "-nologo", "-v", "quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"dotnet publish exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        Assert.True(File.Exists(Path.Combine(_output, "RealistGraph.Api.dll")), "RealistGraph.Api.dll is missing");
        Assert.True(File.Exists(Path.Combine(_output, "RealistGraph.Api.runtimeconfig.json")), "the runtime config is missing");
        Assert.True(File.Exists(Path.Combine(_output, "appsettings.json")), "appsettings.json is missing");
        if (Directory.Exists(Path.Combine(project, "wwwroot")))
        {
            Assert.True(Directory.Exists(Path.Combine(_output, "wwwroot")), "the project has wwwroot but the output has not");
        }
    }
}

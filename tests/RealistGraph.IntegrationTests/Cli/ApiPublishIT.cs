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
    private readonly string _folder = Directory.CreateTempSubdirectory("realist-publish-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Publishing_the_api_in_release_gives_the_assembly_its_settings_and_static_files()
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "RealistGraph.Api");
        var output = Path.Combine(_folder, "out");

        // Its own bin/ and obj/ (--artifacts-path): a clean build like the image's, and no race with a build of
        // the same projects that dotnet test may still be running for another test project.
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", project, "-c", "Release", "-o", output, "--artifacts-path", Path.Combine(_folder, "artifacts"), "-p:UseAppHost=false", "-nologo", "-v", "quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var report = $"dotnet publish exited with {process.ExitCode}:\n{await stdout}\n{await stderr}\noutput: "
            + (Directory.Exists(output) ? string.Join(", ", Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName)) : "(none)");
        Assert.True(process.ExitCode == 0, report);
        Assert.True(File.Exists(Path.Combine(output, "RealistGraph.Api.dll")), "RealistGraph.Api.dll is missing; " + report);
        Assert.True(File.Exists(Path.Combine(output, "RealistGraph.Api.runtimeconfig.json")), "the runtime config is missing");
        Assert.True(File.Exists(Path.Combine(output, "appsettings.json")), "appsettings.json is missing");
        if (Directory.Exists(Path.Combine(project, "wwwroot")))
        {
            Assert.True(Directory.Exists(Path.Combine(output, "wwwroot")), "the project has wwwroot but the output has not");
        }
    }
}

using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Cli;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PublishCollection
{
    public const string Name = "dotnet publish, alone (it builds)";
}

/// <summary>
/// The Dockerfile's build step, without Docker (no engine runs here): its own <c>dotnet restore</c> and
/// <c>dotnet publish</c> lines, read from the Dockerfile and run for this machine's architecture, succeed, and the
/// output holds what the runtime image starts, compiled ReadyToRun.
/// </summary>
[Collection(PublishCollection.Name)]
public sealed class ApiPublishIT : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("realist-publish-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_dockerfiles_publish_gives_the_assembly_its_settings_static_files_and_ready_to_run_code()
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "RealistGraph.Api");
        var output = Path.Combine(_folder, "out");

        // Its own bin/ and obj/ (--artifacts-path): a clean build like the image's, and no race with a build of
        // the same projects that dotnet test may still be running for another test project.
        var artifacts = Path.Combine(_folder, "artifacts");
        foreach (var step in DockerfileSteps())
        {
            var arguments = step
                .Select(a => a == "$TARGETARCH" ? DockerArchitecture() : a)
                .Select(a => a == "/app" ? output : a)
                .Skip(1)
                .Concat(["--artifacts-path", artifacts, "-nologo", "-v", "quiet"]);
            await RunDotnetAsync(arguments, output);
        }

        Assert.True(File.Exists(Path.Combine(output, "RealistGraph.Api.dll")), "RealistGraph.Api.dll is missing");
        Assert.True(File.Exists(Path.Combine(output, "RealistGraph.Api.runtimeconfig.json")), "the runtime config is missing");
        Assert.True(File.Exists(Path.Combine(output, "appsettings.json")), "appsettings.json is missing");
        if (Directory.Exists(Path.Combine(project, "wwwroot")))
        {
            Assert.True(Directory.Exists(Path.Combine(output, "wwwroot")), "the project has wwwroot but the output has not");
        }

        foreach (var assembly in new[] { "RealistGraph.Api.dll", "RealistGraph.Neo4j.dll", "GraphQL.dll" })
        {
            Assert.True(IsReadyToRun(Path.Combine(output, assembly)), $"{assembly} has no ReadyToRun code: the image would start on the JIT alone");
        }
    }

    /// <summary>The Dockerfile's <c>RUN dotnet restore</c> and <c>RUN dotnet publish</c> lines, as argument lists.</summary>
    private static List<string[]> DockerfileSteps()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "Dockerfile"));
        var steps = lines
            .Where(l => l.StartsWith("RUN dotnet restore ", StringComparison.Ordinal) || l.StartsWith("RUN dotnet publish ", StringComparison.Ordinal))
            .Select(l => l["RUN ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        Assert.Equal(["restore", "publish"], steps.Select(s => s[1]));
        return steps;
    }

    /// <summary>This machine's architecture as Docker's TARGETARCH names it.</summary>
    private static string DockerArchitecture() => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "amd64",
        Architecture.Arm64 => "arm64",
        var other => throw new PlatformNotSupportedException($"no Docker TARGETARCH for {other}"),
    };

    // ReadyToRun code sits in the PE file's managed native header (the CLR header's ManagedNativeHeader directory).
    private static bool IsReadyToRun(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    private static async Task RunDotnetAsync(IEnumerable<string> arguments, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

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

        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}\noutput: "
            + (Directory.Exists(output) ? string.Join(", ", Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName)) : "(none)"));
    }
}

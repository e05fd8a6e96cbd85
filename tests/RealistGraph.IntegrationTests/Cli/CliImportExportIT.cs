using RealistGraph.Cli;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Cli;

/// <summary><c>realist-cli import</c> and <c>export</c> against the real test Neo4j, run in-process.</summary>
public sealed class CliImportExportIT(RealistGraphFixture fixture) : GraphTest(fixture), IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("realist-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Importing_the_seed_twice_creates_it_then_reports_it_unchanged()
    {
        var first = await CliRun.RunAsync("import", RepositoryPaths.Seed);
        var second = await CliRun.RunAsync("import", RepositoryPaths.Seed);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.StartsWith($"{RepositoryPaths.Seed}: brooks-2023-bsme: created, 3 interventions, 4 functions, 4 activities, 3 domains, 10 themes, 34 participants, 61 quotes,", first.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.StartsWith($"{RepositoryPaths.Seed}: brooks-2023-bsme: unchanged (the stored version is identical)", second.Out, StringComparison.Ordinal);
        var data = await Fixture.DataAsync("""{ quotes(first: 1) { totalCount } }""");
        Assert.Equal(61, data.GetProperty("quotes").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task One_invalid_file_stops_the_whole_import_before_anything_is_written()
    {
        var broken = Path.Combine(RepositoryPaths.Fixtures, "broken-dangling.yaml");

        var run = await CliRun.RunAsync("import", RepositoryPaths.Seed, broken);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains($"{broken}: themes[1].domain: no domain with id 'socal'", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 of 2 file(s) invalid; nothing imported", run.Error, StringComparison.Ordinal);
        var data = await Fixture.DataAsync("""{ studies(first: 1) { totalCount } }""");
        Assert.Equal(0, data.GetProperty("studies").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Export_to_a_file_equals_export_to_stdout_and_imports_back_unchanged()
    {
        await CliRun.RunAsync("import", RepositoryPaths.Seed);
        var file = Path.Combine(_folder, "seed.yaml");

        var toStdout = await CliRun.RunAsync("export", "--study", "brooks-2023-bsme");
        var toFile = await CliRun.RunAsync("export", "--study", "brooks-2023-bsme", "--out", file);

        Assert.Equal(ExitCodes.Ok, toStdout.ExitCode);
        Assert.Equal(ExitCodes.Ok, toFile.ExitCode);
        Assert.StartsWith("id: brooks-2023-bsme", toStdout.Out, StringComparison.Ordinal);
        Assert.Equal(toStdout.Out, await File.ReadAllTextAsync(file));
        Assert.Equal("", toFile.Out);

        var again = await CliRun.RunAsync("import", file);
        Assert.Contains("brooks-2023-bsme: unchanged", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_export_follows_the_format_option_or_the_extension_of_out()
    {
        await CliRun.RunAsync("import", RepositoryPaths.Seed);
        var file = Path.Combine(_folder, "seed.json");

        var byOption = await CliRun.RunAsync("export", "--study", "brooks-2023-bsme", "--format", "json");
        var byExtension = await CliRun.RunAsync("export", "--study", "brooks-2023-bsme", "--out", file);

        Assert.Equal(ExitCodes.Ok, byExtension.ExitCode);
        Assert.StartsWith("{", byOption.Out, StringComparison.Ordinal);
        Assert.Equal(byOption.Out, await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Exporting_an_unknown_study_exits_with_1_and_says_so()
    {
        var run = await CliRun.RunAsync("export", "--study", "no-such-study");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal("realist-cli: there is no study 'no-such-study' in the graph", run.Error.Trim());
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export", "--study")]
    [InlineData("export", "--study", "x", "--format", "pdf")]
    [InlineData("export", "--study", "x", "--format", "qdpx")]
    [InlineData("export", "--study", "x", "--format", "csv", "--out", "x.csv")]
    public async Task Export_usage_errors_exit_with_2(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public async Task An_unreachable_database_exits_with_3()
    {
        var environment = (string name) => name == "NEO4J_URL" ? "http://127.0.0.1:1" : Environment.GetEnvironmentVariable(name);

        var run = await CliRun.RunAsync(environment, "import", RepositoryPaths.Seed);

        Assert.Equal(ExitCodes.Unavailable, run.ExitCode);
        Assert.Contains("cannot be reached", run.Error, StringComparison.Ordinal);
    }
}

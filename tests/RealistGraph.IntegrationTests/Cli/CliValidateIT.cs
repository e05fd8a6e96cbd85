using RealistGraph.Cli;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Cli;

/// <summary><c>realist-cli validate</c> reads and checks files only: no Neo4j involved.</summary>
public sealed class CliValidateIT
{
    private static string Fixture(string name) => Path.Combine(RepositoryPaths.Fixtures, name);

    [Fact]
    public async Task A_valid_document_passes_with_exit_code_0()
    {
        var run = await CliRun.RunAsync(static _ => null, "validate", RepositoryPaths.Seed);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal($"{RepositoryPaths.Seed}: valid (study brooks-2023-bsme)", run.Out.Trim());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Every_dangling_reference_is_reported_as_file_path_message_and_exit_code_is_1()
    {
        var file = Fixture("broken-dangling.yaml");

        var run = await CliRun.RunAsync(static _ => null, "validate", file);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal(
            [
                $"{file}:35:5: quotes[1].colour: unknown key 'colour' (known keys: id, participant, text, location, polarity, themes, mechanisms, cmoConfigurations, functions, activities)",
                $"{file}: themes[1].domain: no domain with id 'socal' (known: personal, social, structural)",
                $"{file}: quotes[0].participant: no participant with id '12-Z' (known: 96-F)",
                $"{file}: quotes[0].themes[0]: no theme with id 'comunities' (known: attraction, communities)",
                $"{file}: cmoConfigurations[0].mechanism: no mechanism with id 'belonging' (the document defines none)",
                $"{file}: interactions[0].to: no domain with id 'organisational' (known: personal, social, structural)",
                $"{file}: links[0].to: 'communities-of-practice' is not a global id: write '{{other study id}}/{{local id}}', e.g. 'brooks-2023-bsme/communities-of-practice'",
            ],
            run.ErrorLines);
        Assert.Equal($"{file}: invalid, 7 problem(s)", run.Out.Trim());
    }

    [Fact]
    public async Task A_syntax_error_is_reported_with_its_line_and_column()
    {
        var file = Fixture("broken-syntax.yaml");

        var run = await CliRun.RunAsync(static _ => null, "validate", file);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{file}:8:4: YAML syntax error at line 8, column 4:", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Good_and_broken_files_together_report_each_and_fail()
    {
        var run = await CliRun.RunAsync(static _ => null, "validate", RepositoryPaths.Seed, Fixture("broken-syntax.yaml"));

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("valid (study brooks-2023-bsme)", run.Out, StringComparison.Ordinal);
        Assert.Contains("broken-syntax.yaml: invalid, 1 problem(s)", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("validate")]
    [InlineData("validate no-such-file.yaml")]
    [InlineData("validate --strict x.yaml")]
    [InlineData("validate notes.txt")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_with_2(string commandLine)
    {
        var run = await CliRun.RunAsync(static _ => null, commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.NotEqual("", run.Error);
    }

    [Fact]
    public async Task A_corrupt_qda_archive_is_invalid_and_named()
    {
        var file = Path.Combine(Path.GetTempPath(), $"realist-cli-{Guid.NewGuid():N}.qdpx");
        await File.WriteAllBytesAsync(file, []);
        try
        {
            var run = await CliRun.RunAsync(static _ => null, "validate", file);

            Assert.Equal(ExitCodes.Invalid, run.ExitCode);
            Assert.Contains(Path.GetFileName(file), run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

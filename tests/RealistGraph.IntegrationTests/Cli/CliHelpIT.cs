using RealistGraph.Cli;

namespace RealistGraph.IntegrationTests.Cli;

/// <summary>The help System.CommandLine generates from the command tree: the commands, their options, the exit codes.</summary>
public sealed class CliHelpIT
{
    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    public async Task Help_lists_the_commands_and_every_exit_code_on_stdout(string word)
    {
        var run = await CliRun.RunAsync(static _ => null, word);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("validate <FILE>", run.Out, StringComparison.Ordinal);
        Assert.Contains("import <FILE>", run.Out, StringComparison.Ordinal);
        Assert.Contains("export", run.Out, StringComparison.Ordinal);
        foreach (var (code, meaning) in ExitCodes.Table)
        {
            Assert.Contains($"{code,3}  {meaning}", run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Export_help_names_its_options_and_formats()
    {
        var run = await CliRun.RunAsync(static _ => null, "export", "--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("--study <ID> (REQUIRED)", run.Out, StringComparison.Ordinal);
        Assert.Contains("--format <json|qdc|qdpx|yaml|yml>", run.Out, StringComparison.Ordinal);
        Assert.Contains("--out <FILE>", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_prints_the_help_on_stderr_and_exits_with_2()
    {
        var run = await CliRun.RunAsync(static _ => null);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("validate <FILE>", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_named_as_such()
    {
        var run = await CliRun.RunAsync(static _ => null, "validate", "--strict", "x.yaml");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("realist-cli: unknown option --strict", run.Error, StringComparison.Ordinal);
    }
}

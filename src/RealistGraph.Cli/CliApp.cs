using System.CommandLine;
using System.CommandLine.Invocation;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Cli;

/// <summary>Parses a command line, runs its command and turns failures into messages and <see cref="ExitCodes"/>.</summary>
public static class CliApp
{
    /// <summary>Runs one command. <paramref name="environment"/> answers the NEO4J_* variables.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, CliConsole console, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        await using var host = new CliHost(environment);
        var root = CliCommands.Root(console, host);
        if (args.Count == 0)
        {
            await root.Parse(["--help"]).InvokeAsync(Invocation(console.Error, console.Error), cancellationToken);
            return ExitCodes.Usage;
        }

        var parsed = root.Parse(HelpWordAsOption(args));
        try
        {
            if (parsed.Action is ParseErrorAction)
            {
                throw new UsageException(string.Join(Environment.NewLine + "realist-cli: ", parsed.Errors.Select(e => e.Message)));
            }

            return await parsed.InvokeAsync(Invocation(console.Out, console.Error), cancellationToken);
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync($"realist-cli: {ex.Message}");
            await console.Error.WriteLineAsync("run 'realist-cli --help' for the commands");
            return ExitCodes.Usage;
        }
        catch (Neo4jSettingsException ex)
        {
            await console.Error.WriteLineAsync($"realist-cli: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Neo4jUnavailableException ex)
        {
            await console.Error.WriteLineAsync($"realist-cli: {ex.Message} Is it running? Set NEO4J_URL to its HTTP address.");
            return ExitCodes.Unavailable;
        }
        catch (Neo4jSecurityException ex)
        {
            await console.Error.WriteLineAsync($"realist-cli: {ex.ServerMessage} Set NEO4J_USER and NEO4J_PASSWORD.");
            return ExitCodes.Unavailable;
        }
        catch (Neo4jException ex)
        {
            // Anything else Neo4j refuses (a query error, say): the transaction was rolled back.
            await console.Error.WriteLineAsync($"realist-cli: Neo4j refused the request ({ex.Code}); nothing was written for the study in hand.");
            return ExitCodes.Invalid;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("realist-cli: cancelled");
            return ExitCodes.Cancelled;
        }
    }

    private static InvocationConfiguration Invocation(TextWriter output, TextWriter error) => new()
    {
        Output = output,
        Error = error,

        // Failures are reported above, each with its exit code; Ctrl-C is handled by CliProgram.
        EnableDefaultExceptionHandler = false,
        ProcessTerminationTimeout = null,
    };

    private static string[] HelpWordAsOption(IReadOnlyList<string> args) =>
        args[0] == "help" ? [.. args.Skip(1), "--help"] : [.. args];
}

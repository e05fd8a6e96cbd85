using RealistGraph.Cli.Commands;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Cli;

/// <summary>Dispatches a command line to its command and turns failures into messages and exit codes.</summary>
public static class CliApp
{
    public static readonly string Usage = $"""
        usage: realist-cli COMMAND [ARGS]

          validate FILE...                                   read and check study documents; touches no database
          import FILE...                                     check, then import study documents (.yaml, .yml, .json)
          export --study ID [--format yaml|json] [--out FILE] write one stored study (to stdout without --out)
        {KeysCommand.Usage}
        {BackupCommand.Usage}

        Neo4j: NEO4J_URL (default http://127.0.0.1:17474), NEO4J_USER (neo4j), NEO4J_PASSWORD, NEO4J_DATABASE (neo4j).
        Exit codes: 0 ok, 1 invalid document, unknown study or write refused by Neo4j (nothing written), 2 usage,
        3 Neo4j unreachable or credentials refused.
        The benchmark is a program of its own: ./realist bench (src/RealistGraph.Bench).
        """;

    /// <summary>Runs one command. <paramref name="environment"/> answers the NEO4J_* variables.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, CliConsole console, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        if (args.Count == 0 || args[0] is "help" or "-h" or "--help")
        {
            await (args.Count == 0 ? console.Error : console.Out).WriteLineAsync(Usage);
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        try
        {
            var rest = args.Skip(1);
            return args[0] switch
            {
                "validate" => await ValidateCommand.RunAsync(CommandLine.Parse(rest), console, cancellationToken),
                "import" => await WithServicesAsync(environment, s => ImportCommand.RunAsync(CommandLine.Parse(rest), console, s, cancellationToken)),
                "export" => await WithServicesAsync(environment, s => ExportCommand.RunAsync(
                    CommandLine.Parse(rest, ExportCommand.Options), console, s, cancellationToken)),
                "keys" => await WithServicesAsync(environment, s => KeysCommand.RunAsync(CommandLine.Parse(rest, KeysCommand.Options), console, s, cancellationToken)),
                "backup" => await WithServicesAsync(environment, s => BackupCommand.BackupAsync(CommandLine.Parse(rest), console, s, cancellationToken)),
                "restore" => await WithServicesAsync(environment, s => BackupCommand.RestoreAsync(rest, console, s, cancellationToken)),
                "bench" => throw new UsageException("the benchmark is a program of its own: run ./realist bench"),
                var other => throw new UsageException($"unknown command '{other}'"),
            };
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync($"realist-cli: {ex.Message}");
            await console.Error.WriteLineAsync("run 'realist-cli help' for the commands");
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
            return 130;
        }
    }

    private static async Task<int> WithServicesAsync(Func<string, string?> environment, Func<IServiceProvider, Task<int>> command)
    {
        await using var services = CliServices.Build(environment);
        return await command(services);
    }
}

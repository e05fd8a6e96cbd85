using System.CommandLine;
using System.Text;
using RealistGraph.Cli.Commands;

namespace RealistGraph.Cli;

/// <summary>The command tree; System.CommandLine parses against it and generates the help from it.</summary>
public static class CliCommands
{
    public static RootCommand Root(CliConsole console, CliHost host)
    {
        var root = new RootCommand(Description())
        {
            ValidateCommand.Create(console),
            ImportCommand.Create(console, host),
            ExportCommand.Create(console, host),
            KeysCommand.Create(console, host),
            BackupCommand.Backup(console, host),
            BackupCommand.Restore(console, host),
            BenchPointer(),
        };
        return root;
    }

    private static string Description()
    {
        var text = new StringBuilder()
            .AppendLine("Validate, import and export RealistGraph study documents, manage API keys, back up and restore (./realist validate|import|export|keys|backup|restore).")
            .AppendLine()
            .AppendLine($"Neo4j: NEO4J_URL (default {CliHost.DefaultNeo4jUrl}), NEO4J_USER (neo4j), NEO4J_PASSWORD, NEO4J_DATABASE (neo4j).")
            .AppendLine("Exit codes:");
        foreach (var (code, meaning) in ExitCodes.Table)
        {
            text.AppendLine($"  {code,3}  {meaning}");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>An old habit answered: the benchmark is a program of its own.</summary>
    private static Command BenchPointer()
    {
        var bench = new Command("bench") { Hidden = true };
        bench.SetAction(int (_) => throw new UsageException("the benchmark is a program of its own: run ./realist bench"));
        return bench;
    }
}

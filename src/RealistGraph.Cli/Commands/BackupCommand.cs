using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Backup;
using RealistGraph.Domain.Errors;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Cli.Commands;

/// <summary>
/// <c>backup DIR</c> and <c>restore DIR [--force]</c>: every study, link, key record and change log entry out to a
/// folder and back. The logic is in <see cref="BackupService"/>.
/// </summary>
public static class BackupCommand
{
    public static Command Backup(CliConsole console, CliHost host)
    {
        var folder = FolderArgument();
        var command = new Command("backup", "Write every study, link, key hash and the change log to DIR.") { folder };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var dir = parsed.GetRequiredValue(folder);
            var backup = (await host.GraphAsync(cancellationToken)).GetRequiredService<BackupService>();
            var manifest = await backup.BackupAsync(dir, cancellationToken);
            await console.Error.WriteLineAsync($"backed up {manifest.Studies.Count} studies, {manifest.Keys} keys and {manifest.Changes} change log entries to {dir}");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Restore(CliConsole console, CliHost host)
    {
        var folder = FolderArgument();
        var force = new Option<bool>("--force") { Description = "Empty the graph first (otherwise it must be empty)." };
        var command = new Command("restore", "Read a backup back into an empty graph.") { folder, force };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var dir = parsed.GetRequiredValue(folder);
            try
            {
                var backup = (await host.GraphAsync(cancellationToken)).GetRequiredService<BackupService>();
                var (manifest, answerLost) = await backup.RestoreAsync(dir, parsed.GetValue(force), cancellationToken);
                await console.Error.WriteLineAsync(
                    $"restored {manifest.Studies.Count} studies, {manifest.Keys} keys and {manifest.Changes} change log entries from {dir}"
                    + (answerLost ? " (Neo4j's answer to the commit was lost; the graph was read back and holds the restore)" : ""));
                return ExitCodes.Ok;
            }
            catch (Neo4jCommitUnknownException ex)
            {
                // The message says what the graph was found to hold: not written, or unknown and how to find out.
                await console.Error.WriteLineAsync($"realist-cli: restore: {ex.Message}");
                return ExitCodes.Unavailable;
            }
            catch (RequestException ex)
            {
                await console.Error.WriteLineAsync($"realist-cli: restore: {ex.Message}");
                return ExitCodes.Invalid;
            }
            catch (Neo4jException ex) when (ex is not Neo4jUnavailableException and not Neo4jSecurityException)
            {
                // The restore is one transaction: whatever Neo4j refused, none of it (the emptying included) took effect.
                await console.Error.WriteLineAsync(
                    $"realist-cli: restore: Neo4j refused the restore ({ex.Code}: a study or id the backup holds twice?); it was rolled back, the graph holds what it held before");
                return ExitCodes.Invalid;
            }
        });
        return command;
    }

    private static Argument<string> FolderArgument() => new("DIR") { Description = "The backup folder." };
}

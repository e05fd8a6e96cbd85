using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Backup;
using RealistGraph.Domain.Errors;

namespace RealistGraph.Cli.Commands;

/// <summary>
/// <c>backup DIR</c> and <c>restore DIR [--force]</c>: every study, link, key record and change log entry out to a
/// folder and back. The logic is in <see cref="BackupService"/>.
/// </summary>
public static class BackupCommand
{
    public const string Usage = """
          backup DIR                                         write every study, link, key hash and the change log to DIR
          restore DIR [--force]                              read them back into an empty graph (--force empties it first)
        """;

    public static async Task<int> BackupAsync(CommandLine line, CliConsole console, IServiceProvider services, CancellationToken cancellationToken)
    {
        var folder = Folder(line, "backup");
        var manifest = await services.GetRequiredService<BackupService>().BackupAsync(folder, cancellationToken);
        await console.Error.WriteLineAsync($"backed up {manifest.Studies.Count} studies, {manifest.Keys} keys and {manifest.Changes} change log entries to {folder}");
        return ExitCodes.Ok;
    }

    /// <summary><c>--force</c> is a flag, which the small option parser does not know: it is taken out first.</summary>
    public static async Task<int> RestoreAsync(IEnumerable<string> args, CliConsole console, IServiceProvider services, CancellationToken cancellationToken)
    {
        var rest = args.ToList();
        var force = rest.Remove("--force");
        var folder = Folder(CommandLine.Parse(rest), "restore");
        try
        {
            var manifest = await services.GetRequiredService<BackupService>().RestoreAsync(folder, force, cancellationToken);
            await console.Error.WriteLineAsync($"restored {manifest.Studies.Count} studies, {manifest.Keys} keys and {manifest.Changes} change log entries from {folder}");
            return ExitCodes.Ok;
        }
        catch (RequestException ex)
        {
            await console.Error.WriteLineAsync($"realist-cli: restore: {ex.Message}");
            return ExitCodes.Invalid;
        }
    }

    private static string Folder(CommandLine line, string command) =>
        line.Positionals.Count == 1 ? line.Positionals[0] : throw new UsageException($"{command}: name one folder (DIR)");
}

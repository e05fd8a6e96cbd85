using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Access;
using RealistGraph.Domain.Errors;

namespace RealistGraph.Cli.Commands;

/// <summary>
/// <c>keys create --role reader|editor|admin --name NAME</c>, <c>keys list</c>, <c>keys revoke --name NAME</c>: the API
/// keys of the service. The logic is in <see cref="ApiKeyService"/>; this only parses and prints. A new key is printed
/// once, alone on standard output (so a script can capture it); only its hash is stored.
/// </summary>
public static class KeysCommand
{
    public static Command Create(CliConsole console, CliHost host) =>
        new("keys", "Manage the API keys of the service (only their hashes are stored).")
        {
            CreateKey(console, host),
            ListKeys(console, host),
            RevokeKey(console, host),
        };

    private static Command CreateKey(CliConsole console, CliHost host)
    {
        var role = new Option<string>("--role") { Description = "What the key may do.", Required = true };
        role.AcceptOnlyFromAmong("reader", "editor", "admin");
        var name = NameOption("A unique name for the key (it is the actor in the change log).");
        var command = new Command("create", "Print a new API key once; keep it then.") { role, name };
        command.SetAction((parsed, cancellationToken) => RunAsync(console, "create", async () =>
        {
            var keys = await KeysAsync(host, cancellationToken);
            var parsedRole = Roles.Parse(parsed.GetRequiredValue(role)) ?? throw new UsageException("keys create: --role is reader, editor or admin");
            var created = await keys.CreateAsync(parsed.GetRequiredValue(name), parsedRole, cancellationToken);
            await console.Error.WriteLineAsync($"key '{created.Name}' ({Roles.Name(created.Role)}) created; it is shown this once, keep it now:");
            await console.Out.WriteLineAsync(created.Key);
        }));
        return command;
    }

    private static Command ListKeys(CliConsole console, CliHost host)
    {
        var command = new Command("list", "The keys: name, role, prefix, created, revoked.");
        command.SetAction((_, cancellationToken) => RunAsync(console, "list", async () =>
        {
            foreach (var key in await (await KeysAsync(host, cancellationToken)).ListAsync(cancellationToken))
            {
                await console.Out.WriteLineAsync(
                    $"{key.Name}\t{key.Role}\trgk_{key.Prefix}...\tcreated {key.CreatedAt}\t{(key.RevokedAt is null ? "active" : "revoked " + key.RevokedAt)}");
            }
        }));
        return command;
    }

    private static Command RevokeKey(CliConsole console, CliHost host)
    {
        var name = NameOption("The key to refuse from now on (other replicas: within the key cache time).");
        var command = new Command("revoke", "Refuse a key from now on.") { name };
        command.SetAction((parsed, cancellationToken) => RunAsync(console, "revoke", async () =>
        {
            var keyName = parsed.GetRequiredValue(name);
            await (await KeysAsync(host, cancellationToken)).RevokeAsync(keyName, cancellationToken);
            await console.Error.WriteLineAsync($"key '{keyName}' revoked");
        }));
        return command;
    }

    private static Option<string> NameOption(string description) =>
        new("--name") { Description = description, HelpName = "NAME", Required = true };

    private static async Task<ApiKeyService> KeysAsync(CliHost host, CancellationToken cancellationToken) =>
        (await host.GraphAsync(cancellationToken)).GetRequiredService<ApiKeyService>();

    private static async Task<int> RunAsync(CliConsole console, string action, Func<Task> run)
    {
        try
        {
            await run();
            return ExitCodes.Ok;
        }
        catch (RequestException ex)
        {
            await console.Error.WriteLineAsync($"realist-cli: keys {action}: {ex.Message}");
            return ExitCodes.Invalid;
        }
    }
}

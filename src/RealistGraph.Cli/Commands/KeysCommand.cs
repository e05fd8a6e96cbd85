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
    public static readonly string[] Options = ["--role", "--name"];

    public const string Usage = """
          keys create --role reader|editor|admin --name NAME print a new API key once (only its hash is stored)
          keys list                                          the keys: name, role, prefix, created, revoked
          keys revoke --name NAME                            refuse the key from now on (other replicas: within the key cache time)
        """;

    public static async Task<int> RunAsync(CommandLine line, CliConsole console, IServiceProvider services, CancellationToken cancellationToken)
    {
        var keys = services.GetRequiredService<ApiKeyService>();
        var action = line.Positionals.Count == 1 ? line.Positionals[0] : throw new UsageException("keys: say create, list or revoke");
        try
        {
            switch (action)
            {
                case "create":
                    var role = Roles.Parse(Required(line, "--role")) ?? throw new UsageException("keys create: --role is reader, editor or admin");
                    var created = await keys.CreateAsync(Required(line, "--name"), role, cancellationToken);
                    await console.Error.WriteLineAsync($"key '{created.Name}' ({Roles.Name(created.Role)}) created; it is shown this once, keep it now:");
                    await console.Out.WriteLineAsync(created.Key);
                    return ExitCodes.Ok;
                case "list":
                    NoOptions(line, "list");
                    foreach (var key in await keys.ListAsync(cancellationToken))
                    {
                        await console.Out.WriteLineAsync(
                            $"{key.Name}\t{key.Role}\trgk_{key.Prefix}...\tcreated {key.CreatedAt}\t{(key.RevokedAt is null ? "active" : "revoked " + key.RevokedAt)}");
                    }

                    return ExitCodes.Ok;
                case "revoke":
                    var name = Required(line, "--name");
                    await keys.RevokeAsync(name, cancellationToken);
                    await console.Error.WriteLineAsync($"key '{name}' revoked");
                    return ExitCodes.Ok;
                default:
                    throw new UsageException($"keys: unknown action '{action}' (create, list or revoke)");
            }
        }
        catch (RequestException ex)
        {
            await console.Error.WriteLineAsync($"realist-cli: keys {action}: {ex.Message}");
            return ExitCodes.Invalid;
        }
    }

    private static string Required(CommandLine line, string option) =>
        line.Option(option) is { Length: > 0 } value ? value : throw new UsageException($"keys: {option} is required");

    private static void NoOptions(CommandLine line, string action)
    {
        if (line.Option("--role") is not null || line.Option("--name") is not null)
        {
            throw new UsageException($"keys {action} takes no options");
        }
    }
}

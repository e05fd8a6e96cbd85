namespace RealistGraph.Cli;

/// <summary>
/// The arguments after the command name: <c>--name value</c> options (also <c>--name=value</c>) and positional
/// values. Small on purpose: the CLI has three commands with a handful of options.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    private CommandLine()
    {
    }

    public IReadOnlyList<string> Positionals => _positionals;

    /// <summary>Parses <paramref name="args"/>; any option not in <paramref name="known"/> is a usage error.</summary>
    public static CommandLine Parse(IEnumerable<string> args, params string[] known)
    {
        var line = new CommandLine();
        using var e = args.GetEnumerator();
        var onlyPositionals = false;
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (onlyPositionals || !arg.StartsWith("--", StringComparison.Ordinal))
            {
                line._positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            var (name, value) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw new UsageException($"unknown option {name}");
            }

            if (value is null)
            {
                if (!e.MoveNext())
                {
                    throw new UsageException($"{name} needs a value");
                }

                value = e.Current;
            }

            if (!line._options.TryAdd(name, value))
            {
                throw new UsageException($"{name} is given twice");
            }
        }

        return line;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);
}

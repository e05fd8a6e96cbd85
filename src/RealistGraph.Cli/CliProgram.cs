using System.Globalization;

namespace RealistGraph.Cli;

/// <summary>The process entry point: the real console and environment, everything else in <see cref="CliApp"/>.</summary>
public static class CliProgram
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await CliApp.RunAsync(args, CliConsole.System, Environment.GetEnvironmentVariable, cancel.Token);
    }
}

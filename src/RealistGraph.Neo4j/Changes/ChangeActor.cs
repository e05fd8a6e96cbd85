namespace RealistGraph.Neo4j.Changes;

/// <summary>
/// Who the writes of the current call are made for, recorded in the change log and on the nodes written. The API
/// sets it for each request (the key's name, the token's subject, or "anonymous"); without a scope it is "cli",
/// the command line and in-process callers being the only writers outside a request.
/// </summary>
public static class ChangeActor
{
    public const string Cli = "cli";
    public const string Anonymous = "anonymous";

    private static readonly AsyncLocal<string?> Ambient = new();

    public static string Current => Ambient.Value ?? Cli;

    /// <summary>Sets the actor until the returned scope is disposed (it flows into awaited calls).</summary>
    public static IDisposable Begin(string actor)
    {
        var previous = Ambient.Value;
        Ambient.Value = actor;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}

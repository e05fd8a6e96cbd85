namespace RealistGraph.Api.Hosting;

/// <summary>
/// How far this process's start-up work has come (<see cref="GraphStartup"/> moves it on). It describes this
/// replica only: every replica migrates (a no-op when another did it) and waits for the samples itself.
/// </summary>
public sealed class GraphReadiness
{
    private volatile string? _waitingFor = "schema migrations have not been applied yet";

    /// <summary>What start-up is still doing, or null once the graph is ready for requests.</summary>
    public string? WaitingFor => _waitingFor;

    public void MigrationsApplied(bool loadingSamples) =>
        _waitingFor = loadingSamples ? "the sample studies are being loaded" : null;

    public void SamplesLoaded() => _waitingFor = null;
}

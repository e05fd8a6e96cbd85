using RealistGraph.Application.Studies;
using RealistGraph.Neo4j.Schema;

namespace RealistGraph.Api.Hosting;

/// <summary>
/// How far this process's start-up work has come: the schema migrations (whoever ran them in this process) and, when
/// samples are loaded at start, the samples (<see cref="GraphStartup"/> reports them). It describes this replica only:
/// every replica migrates (a no-op when another did it) and waits for the samples itself.
/// </summary>
public sealed class GraphReadiness(SchemaMigrator migrator, SampleSettings samples)
{
    private volatile bool _samplesIn = !samples.LoadSamples;

    /// <summary>What start-up is still doing, or null once the graph is ready for requests.</summary>
    public string? WaitingFor =>
        !migrator.IsUpToDate ? "schema migrations have not been applied yet"
        : !_samplesIn ? "the sample studies are being loaded"
        : null;

    public void SamplesLoaded() => _samplesIn = true;
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Access;
using RealistGraph.Application.Studies;
using RealistGraph.Neo4j.Access;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Maintenance;
using RealistGraph.Neo4j.Schema;

namespace RealistGraph.IntegrationTests.Infrastructure;

/// <summary>
/// The real service on a real port (Kestrel), talking to the real Neo4j that <c>./realist test</c> starts and
/// names in <c>NEO4J_URL</c> / <c>NEO4J_PASSWORD</c>. One per test run; each test clears the graph first.
/// Anonymous reading is on, and <see cref="Http"/> sends an editor key (<see cref="EditorKeyName"/>) by default,
/// which every clear of the graph puts back.
/// </summary>
public sealed class RealistGraphFixture : IAsyncLifetime
{
    public const string EditorKeyName = "integration-tests";

    private WebApplicationFactory<Program> _factory = null!;
    private StoredApiKey _editorKey = null!;

    /// <summary>The editor key the fixture made, for the other hosts a test starts on the same graph (<c>ServiceHost</c>).</summary>
    public static string? EditorKey { get; private set; }

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _factory.Services;

    public IGraphDatabase Database => Services.GetRequiredService<IGraphDatabase>();

    public StudyImportService Importer => Services.GetRequiredService<StudyImportService>();

    public StudyExportService Exporter => Services.GetRequiredService<StudyExportService>();

    public async Task InitializeAsync()
    {
        var url = Environment.GetEnvironmentVariable("NEO4J_URL")
            ?? throw new InvalidOperationException("NEO4J_URL is not set: run the tests with ./realist test, which starts a test Neo4j.");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("NEO4J_URL", url);
            web.UseSetting("NEO4J_PASSWORD", Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "");
            web.UseSetting("Realist:Debug", "true");
            web.UseSetting("Realist:LoadSamples", "false");
            web.UseSetting("Realist:AnonymousRead", "true");
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        Http = _factory.CreateClient();
        await Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
        await Services.GetRequiredService<GraphMaintenance>().ClearAsync();
        var key = await Services.GetRequiredService<ApiKeyService>().CreateAsync(EditorKeyName, Role.Editor);
        _editorKey = (await Services.GetRequiredService<ApiKeyStore>().AllAsync()).Single(k => k.Name == EditorKeyName);
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Key);
        EditorKey = key.Key;
    }

    /// <summary>An HTTP client of the same service that sends no key, or the one given.</summary>
    public HttpClient ClientWith(string? bearer)
    {
        var client = _factory.CreateClient();
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>Empties the graph (keys and change log included), then puts the fixture's editor key back.</summary>
    public async Task ClearGraphAsync()
    {
        await Services.GetRequiredService<GraphMaintenance>().ClearAsync();
        await Services.GetRequiredService<ApiKeyStore>().RestoreAsync([_editorKey]);
    }

    public Task<ImportOutcome> ImportAsync(string path) => Importer.ImportFileAsync(path);

    /// <summary>Posts a GraphQL request over HTTP and returns the whole JSON reply.</summary>
    public async Task<JsonElement> GraphQLAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Posts a GraphQL request and returns its <c>data</c>, failing the test on any error.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var reply = await GraphQLAsync(query, variables);
        if (reply.TryGetProperty("errors", out var errors))
        {
            throw new Xunit.Sdk.XunitException("GraphQL errors: " + errors);
        }

        return reply.GetProperty("data");
    }
}

[CollectionDefinition(Name)]
public sealed class GraphCollection : ICollectionFixture<RealistGraphFixture>
{
    public const string Name = "real Neo4j and the real HTTP service";
}

/// <summary>Base of the integration tests: each starts from an empty graph.</summary>
[Collection(GraphCollection.Name)]
public abstract class GraphTest(RealistGraphFixture fixture) : IAsyncLifetime
{
    protected RealistGraphFixture Fixture { get; } = fixture;

    public virtual Task InitializeAsync() => Fixture.ClearGraphAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}

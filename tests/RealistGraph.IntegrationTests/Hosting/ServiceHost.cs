using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RealistGraph.IntegrationTests.Hosting;

/// <summary>
/// One more instance of the real service on its own free port (Kestrel), with its own settings: a replica behind a
/// load balancer, or a service started in a particular way. It has its own DI container, connection and caches.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private ServiceHost(WebApplicationFactory<Program> factory)
    {
        _factory = factory;
        Http = factory.CreateClient();
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// The settings of a service on the test Neo4j that <c>./realist test</c> started, without samples, anonymous reading
    /// on (mutations need <see cref="AsEditor"/>).
    /// </summary>
    public static Dictionary<string, string?> OnTestNeo4j() => new(StringComparer.Ordinal)
    {
        ["NEO4J_URL"] = Environment.GetEnvironmentVariable("NEO4J_URL")
            ?? throw new InvalidOperationException("NEO4J_URL is not set: run the tests with ./realist test, which starts a test Neo4j."),
        ["NEO4J_PASSWORD"] = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
        ["Realist:LoadSamples"] = "false",
        ["Realist:AnonymousRead"] = "true",
    };

    /// <summary>Makes <see cref="Http"/> send the shared fixture's editor key, so that mutations are allowed.</summary>
    public ServiceHost AsEditor()
    {
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", Infrastructure.RealistGraphFixture.EditorKey ?? throw new InvalidOperationException("no fixture has made its editor key yet"));
        return this;
    }

    public static ServiceHost Start(IReadOnlyDictionary<string, string?> settings)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (name, value) in settings)
            {
                web.UseSetting(name, value);
            }
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return new ServiceHost(factory);
    }

    /// <summary>GET /health/ready: the status code and the body's JSON.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync()
    {
        using var response = await Http.GetAsync("/health/ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body);
    }

    /// <summary>Posts a GraphQL request and returns its <c>data</c>, failing the test on any error.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        if (reply.TryGetProperty("errors", out var errors))
        {
            throw new Xunit.Sdk.XunitException("GraphQL errors: " + errors);
        }

        return reply.GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
    }
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RealistGraph.IntegrationTests.Security;

/// <summary>
/// A second real service (Kestrel, the same test Neo4j) started with other settings than the shared fixture's,
/// for the settings the security tests change: small limits, production defaults, CORS origins. It keeps the
/// log lines it writes, so a test can see what the server did after the client hung up.
/// </summary>
public abstract class ServiceWithSettings : IAsyncLifetime
{
    private WebApplicationFactory<Program> _factory = null!;

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _factory.Services;

    public ConcurrentQueue<string> Log { get; } = new();

    protected abstract IReadOnlyDictionary<string, string> Settings { get; }

    protected virtual string Environment => "Development";

    public async Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(Environment);
            web.UseSetting("NEO4J_URL", System.Environment.GetEnvironmentVariable("NEO4J_URL"));
            web.UseSetting("NEO4J_PASSWORD", System.Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "");
            web.UseSetting("Realist:Debug", "true");
            web.UseSetting("Realist:AnonymousRead", "true");
            foreach (var (key, value) in Settings)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(new QueueLoggerProvider(Log)));
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        Http = _factory.CreateClient();

        // Warm up (JIT, the Neo4j client's discovery) so a test's first request measures the request, not the start.
        using var warmUp = await Http.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query = "{ studies { totalCount } }" }));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category}: {formatter(state, exception)}");
    }
}

/// <summary>A 0.2 s execution timeout, and no response cap that could stop a request first.</summary>
public sealed class ShortTimeoutService : ServiceWithSettings
{
    // Reads got fast enough that the heavy request (about 1 M quote ids, 36 MB) once finished within the 0.2 s (a CI
    // run of session 8): the test sends the request eight times over (8 M quote ids), which this service's cost
    // limit admits, so that the timeout, not the work, ends it whatever the machine.
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Realist:Limits:ExecutionTimeoutSeconds"] = "0.2",
        ["Realist:Limits:MaxQueryCost"] = "2000000",
        ["Realist:Limits:MaxResponseBytes"] = "1073741824",
    };
}

/// <summary>Responses of at most 4 KB.</summary>
public sealed class SmallResponseService : ServiceWithSettings
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Realist:Limits:MaxResponseBytes"] = "4096",
    };
}

/// <summary>The service as the image runs it: Production, no GraphiQL or introspection settings, CORS for one origin.</summary>
public sealed class ProductionService : ServiceWithSettings
{
    public const string AllowedOrigin = "https://evaluators.example.org";

    protected override string Environment => "Production";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Realist:Cors:Origins:0"] = AllowedOrigin,
    };
}

/// <summary>
/// The server's log kept for the test to read, and room for a request of several seconds: a cost limit ten times the
/// default and no response cap, so that only the client's hang-up can stop it.
/// </summary>
public sealed class ObservedService : ServiceWithSettings
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Realist:Limits:MaxQueryCost"] = "2000000",
        ["Realist:Limits:MaxResponseBytes"] = "1073741824",
    };
}

/// <summary>A document cache of at most 20 documents and 3,000 characters, small enough to fill in a test.</summary>
public sealed class SmallDocumentCacheService : ServiceWithSettings
{
    public const int Entries = 20;
    public const int Characters = 3_000;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Realist:Limits:DocumentCacheEntries"] = Entries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Realist:Limits:DocumentCacheCharacters"] = Characters.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

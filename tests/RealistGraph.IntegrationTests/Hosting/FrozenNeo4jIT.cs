using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace RealistGraph.IntegrationTests.Hosting;

/// <summary>
/// A Neo4j that accepts connections and never answers (a frozen JVM, a hung load balancer) must not hold
/// <c>/health/ready</c> for the 60 s of a query's time limit: the database check gives up after 2.5 s.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class FrozenNeo4jIT : IAsyncLifetime
{
    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private readonly CancellationTokenSource _stop = new();

    public Task InitializeAsync()
    {
        _silent.Start();
        _ = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _silent.AcceptTcpClientAsync(_stop.Token);
                lock (_held)
                {
                    _held.Add(client); // read nothing, answer nothing
                }
            }
        });
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _stop.Cancel();
        _silent.Stop();
        lock (_held)
        {
            _held.ForEach(c => c.Dispose());
        }

        _stop.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Ready_answers_503_within_a_few_seconds_when_neo4j_does_not_answer()
    {
        var settings = ServiceHost.OnTestNeo4j();
        settings["NEO4J_URL"] = $"http://127.0.0.1:{((IPEndPoint)_silent.LocalEndpoint).Port}";
        await using var service = ServiceHost.Start(settings);

        var clock = Stopwatch.StartNew();
        using var response = await service.Http.GetAsync("/health/ready");
        clock.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"ready took {clock.Elapsed.TotalSeconds:0.0} s");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.Contains("Neo4j did not answer within 2.5 s", body.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}

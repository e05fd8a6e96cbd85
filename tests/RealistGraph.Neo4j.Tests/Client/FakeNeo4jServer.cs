using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RealistGraph.Neo4j.Tests.Client;

/// <summary>
/// A small real HTTP server on 127.0.0.1 that speaks just enough of Neo4j 3.x's transactional API: begin, run (which
/// can be told to hang, as a statement waiting for a lock does), commit (which can be slow) and DELETE. It records
/// every request, so a test can see whether the client rolled back.
/// </summary>
internal sealed class FakeNeo4jServer : IAsyncDisposable
{
    private const string Empty = """{"results":[],"errors":[]}""";
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeNeo4jServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public TimeSpan RunDelay { get; set; }

    public TimeSpan CommitDelay { get; set; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
        }

        _listener.Close();
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var context = await _listener.GetContextAsync();
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath;
        Requests.Enqueue($"{request.HttpMethod} {path}");
        var response = context.Response;
        try
        {
            var (status, body) = (request.HttpMethod, path) switch
            {
                ("GET", "/") => (200, """{"data":"http://127.0.0.1/db/data/"}"""),
                ("POST", "/db/data/transaction") => (201, $$"""{"commit":"{{Url}}/db/data/transaction/7/commit","results":[],"errors":[]}"""),
                ("POST", "/db/data/transaction/7") => await After(RunDelay, """{"results":[{"columns":["n"],"data":[{"row":[1],"meta":[null]}]}],"errors":[]}"""),
                ("POST", "/db/data/transaction/7/commit") => await After(CommitDelay, Empty),
                ("DELETE", "/db/data/transaction/7") => (200, Empty),
                _ => (404, Empty),
            };
            if (status == 201)
            {
                response.Headers["Location"] = $"{Url}/db/data/transaction/7";
            }

            response.StatusCode = status;
            response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(body);
            await response.OutputStream.WriteAsync(bytes, _stop.Token);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // The client hung up (as a timed-out client does) or the server is stopping.
        }
    }

    private async Task<(int, string)> After(TimeSpan delay, string body)
    {
        await Task.Delay(delay, _stop.Token);
        return (200, body);
    }
}

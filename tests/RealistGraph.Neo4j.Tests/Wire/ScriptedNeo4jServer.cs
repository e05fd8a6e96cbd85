using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Tests.Wire;

/// <summary>
/// A real HTTP listener that answers like a Neo4j server (a cluster member, Aura) with JSON its documentation shows:
/// the discovery document at <c>GET /</c>, then the scripted replies in order. It records every request it got, so a
/// test sees what went over the wire (bodies, headers) and how often.
/// </summary>
public sealed class ScriptedNeo4jServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<(int Status, string Body, Dictionary<string, string> Headers)> _replies = new();
    private readonly string _discovery;
    private readonly Task _loop;

    public ScriptedNeo4jServer(string discoveryJson)
    {
        Port = FreePort();
        _discovery = discoveryJson.Replace("{port}", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>The Query API of Neo4j 5.19+ and Aura.</summary>
    public static ScriptedNeo4jServer QueryApi() => new("""
        { "query": "http://127.0.0.1:{port}/db/{databaseName}/query/v2", "transaction": "http://127.0.0.1:{port}/db/{databaseName}/tx",
          "bolt_routing": "neo4j://127.0.0.1:7687", "neo4j_version": "5.26.0", "neo4j_edition": "enterprise" }
        """);

    /// <summary>The transactional API of Neo4j 4.x and 5.x before 5.19.</summary>
    public static ScriptedNeo4jServer TransactionalApi() => new("""
        { "transaction": "http://127.0.0.1:{port}/db/{databaseName}/tx", "bolt_direct": "bolt://127.0.0.1:7687", "neo4j_version": "5.12.0" }
        """);

    public ScriptedNeo4jServer Then(string body, int status = 200, Dictionary<string, string>? headers = null)
    {
        lock (_replies)
        {
            _replies.Enqueue((status, body, headers ?? []));
        }

        return this;
    }

    public (GraphDatabase Database, Neo4jConnection Connection) Client(int maxTransientRetries = 4)
    {
        var options = Options.Create(new Neo4jOptions
        {
            Url = $"http://127.0.0.1:{Port}", Password = "secret", MaxTransientRetries = maxTransientRetries, RequestTimeout = TimeSpan.FromSeconds(10),
        });
        var connection = new Neo4jConnection(options, NullLogger<Neo4jConnection>.Instance);
        return (new GraphDatabase(connection, NullLogger<GraphDatabase>.Instance), connection);
    }

    public IReadOnlyList<RecordedRequest> Posts()
    {
        lock (Requests)
        {
            return Requests.Where(r => r.Method == "POST").ToList();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // the listener stopped under a pending GetContextAsync
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
                .ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            lock (Requests)
            {
                Requests.Add(new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, body, headers));
            }

            (int Status, string Body, Dictionary<string, string> Headers) reply;
            if (context.Request.HttpMethod == "GET" && context.Request.Url.AbsolutePath == "/")
            {
                reply = (200, _discovery, []);
            }
            else
            {
                lock (_replies)
                {
                    reply = _replies.Count > 0 ? _replies.Dequeue() : (500, """{"errors":[{"code":"Test.NoScriptedReply","message":"no reply left"}]}""", []);
                }
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in reply.Headers)
            {
                context.Response.Headers[name] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

public sealed record RecordedRequest(string Method, string Path, string Body, IReadOnlyDictionary<string, string> Headers);

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RealistGraph.Neo4j.Wire;

namespace RealistGraph.Neo4j.Client;

/// <summary>
/// The HTTP conversation with one Neo4j server: discovers which API it speaks, sends bodies, parses replies as
/// streams. One instance per process; <see cref="HttpClient"/> pools and reuses the connections.
/// </summary>
public sealed class Neo4jConnection : IDisposable
{
    private const string AffinityHeader = "neo4j-cluster-affinity";
    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly ILogger<Neo4jConnection> _logger;
    private readonly SemaphoreSlim _discoveryLock = new(1, 1);
    private ServerEndpoints? _endpoints;

    [Microsoft.Extensions.DependencyInjection.ActivatorUtilitiesConstructor]
    public Neo4jConnection(IOptions<Neo4jOptions> options, ILogger<Neo4jConnection> logger)
        : this(new HttpClient(Neo4jHttpHandler.Create(options.Value)), options, logger)
    {
    }

    public Neo4jConnection(HttpClient http, IOptions<Neo4jOptions> options, ILogger<Neo4jConnection> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
        _http.BaseAddress ??= new Uri(_options.Url.TrimEnd('/') + "/");
        _http.Timeout = Timeout.InfiniteTimeSpan; // each request gets its own bound in SendRawAsync
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}")));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public Neo4jOptions Options => _options;

    public void Dispose()
    {
        _discoveryLock.Dispose();
        _http.Dispose();
    }

    public async Task<ServerEndpoints> EndpointsAsync(CancellationToken cancellationToken = default)
    {
        if (_endpoints is { } known)
        {
            return known;
        }

        await _discoveryLock.WaitAsync(cancellationToken);
        try
        {
            if (_endpoints is null)
            {
                using var reply = await SendRawAsync(HttpMethod.Get, "/", null, null, cancellationToken);
                _endpoints = ServerDiscovery.Parse(reply.Json.RootElement, _options.Database);
                _logger.LogInformation("Neo4j at {Url} speaks {Api} ({Version})", _options.Url, _endpoints.Api, _endpoints.AdvertisedVersion ?? "3.x");
            }

            return _endpoints;
        }
        finally
        {
            _discoveryLock.Release();
        }
    }

    public async Task<IWireFormat> WireFormatAsync(CancellationToken cancellationToken = default) =>
        (await EndpointsAsync(cancellationToken)).Api == CypherApi.QueryV2 ? new QueryApiWireFormat() : new TransactionalWireFormat();

    /// <summary>
    /// Sends one request and returns the parsed reply with its headers; the caller disposes it. The request, reply
    /// included, is bounded by the given timeout (default <see cref="Neo4jOptions.RequestTimeout"/>); running
    /// out of it throws <see cref="Neo4jTimeoutException"/>, the caller's cancellation throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public Task<Neo4jReply> SendRawAsync(
        HttpMethod method, string path, byte[]? body, string? affinity, CancellationToken cancellationToken = default) =>
        SendRawAsync(method, path, body, affinity, null, cancellationToken);

    /// <summary>Sends one request bounded by <paramref name="timeout"/> (null: <see cref="Neo4jOptions.RequestTimeout"/>).</summary>
    public async Task<Neo4jReply> SendRawAsync(
        HttpMethod method, string path, byte[]? body, string? affinity, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var limit = timeout ?? _options.RequestTimeout;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(limit);
        try
        {
            return await SendBoundedAsync(method, path, body, affinity, bounded.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jTimeoutException($"Neo4j did not answer within {limit.TotalSeconds:0.#} s.", limit, ex);
        }
    }

    private async Task<Neo4jReply> SendBoundedAsync(
        HttpMethod method, string path, byte[]? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        body = BookmarkWire.Attach(request, path, body, _endpoints);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (affinity is not null)
        {
            request.Headers.Add(AffinityHeader, affinity);
        }

        CypherRoundTrips.Record();
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jUnavailableException(Unreachable(ex), ex);
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new Neo4jSecurityException("Neo.ClientError.Security.Unauthorized", $"Neo4j refused the credentials of user '{_options.User}'.");
            }

            if (response.StatusCode == HttpStatusCode.NotFound && method != HttpMethod.Get)
            {
                throw new Neo4jTransactionException("Neo.ClientError.Transaction.TransactionNotFound", $"Neo4j has no transaction at {path}.");
            }

            if ((int)response.StatusCode >= 500)
            {
                throw new Neo4jUnavailableException(
                    $"Neo4j at {_options.Url} failed while running the request (HTTP {(int)response.StatusCode}); it may have run out of memory: its log (neo4j.log, debug.log) says why.",
                    new HttpRequestException($"HTTP {(int)response.StatusCode}", null, response.StatusCode));
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            JsonDocument json;
            try
            {
                json = stream.CanRead && response.Content.Headers.ContentLength != 0
                    ? await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken)
                    : JsonDocument.Parse("{}");
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                throw new Neo4jUnavailableException(
                    $"Neo4j at {_options.Url} stopped answering in the middle of a reply; it may have failed or run out of memory: its log says why.", ex);
            }
            catch (JsonException ex)
            {
                throw new Neo4jUnavailableException($"Neo4j at {_options.Url} answered {(int)response.StatusCode} with a body that is not JSON.", ex);
            }

            BookmarkWire.Observe(json.RootElement);
            var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : affinity;
            return new Neo4jReply(json, response.Headers.Location, newAffinity);
        }
    }

    /// <summary>Tells a server that is not running from one that accepted the request and then failed (e.g. out of memory).</summary>
    private string Unreachable(HttpRequestException ex) =>
        ex.HttpRequestError == HttpRequestError.ConnectionError && ex.InnerException is System.Net.Sockets.SocketException
            ? $"Neo4j at {_options.Url} cannot be reached (is it running?)."
            : $"Neo4j at {_options.Url} closed the connection while running the request ({ex.HttpRequestError}); it may have failed or run out of memory: its log says why.";
}

/// <summary>A parsed reply; disposing it returns the pooled buffers of the JSON document.</summary>
public sealed record Neo4jReply(JsonDocument Json, Uri? Location, string? Affinity) : IDisposable
{
    public void Dispose() => Json.Dispose();
}

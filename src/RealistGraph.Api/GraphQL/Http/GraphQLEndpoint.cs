using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using RealistGraph.Api.GraphQL.Limits;
using RealistGraph.Api.GraphQL.Uploads;
using RealistGraph.Api.Hosting;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP: <c>POST /graphql</c> with a JSON body, <c>GET /graphql?query=...</c> for queries.
/// Answers <c>application/graphql-response+json</c> (400 when the request cannot be parsed or validated), or
/// <c>application/json</c> (200) for clients that accept only that; a request refused for its credentials answers
/// 401 or 403 under either (<see cref="AccessStatus"/>). Every request is bounded
/// (<see cref="RequestLimits"/>): its size, cost and shape before it runs, its time while it runs (the client's
/// hang-up cancels too), its errors and bytes when it is answered.
/// </summary>
public static class GraphQLEndpoint
{
    public static void MapGraphQL(this IEndpointRouteBuilder app, string path = "/graphql")
    {
        app.MapPost(path, async (HttpContext http, IGraphQLTextSerializer serializer) =>
        {
            if (RequestMediaTypes.IsMultipart(http.Request.ContentType))
            {
                return await ExecuteMultipartAsync(http, serializer);
            }

            if (!RequestMediaTypes.IsAccepted(http.Request.ContentType))
            {
                return Refusal(http, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                    $"POST /graphql takes Content-Type {RequestMediaTypes.Json} (or {RequestMediaTypes.GraphQLResponse}, {RequestMediaTypes.GraphQL}; " +
                    $"{RequestMediaTypes.Multipart} with a {RequestMediaTypes.PreflightHeader} header for file uploads); " +
                    $"'{http.Request.ContentType}' is refused, as forms and text/plain can be sent by any web site.");
            }

            AllowBodyOf(http, UploadLimits.MaxJsonBodyBytes);
            GraphQLRequest? request;
            try
            {
                request = RequestMediaTypes.IsGraphQLText(http.Request.ContentType)
                    ? new GraphQLRequest { Query = await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted) }
                    : await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
            {
                return Refusal(http, StatusCodes.Status400BadRequest, "BAD_REQUEST", $"The body is not a GraphQL request in JSON: {ex.Message}");
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                var refusal = UploadRefusedException.TooLarge("request body", UploadLimits.MaxJsonBodyBytes, http.Request.ContentLength ?? UploadLimits.MaxJsonBodyBytes + 1,
                    $"The body is larger than {UploadLimits.MaxJsonBodyBytes:N0} bytes, the most a JSON request may carry (a file of {UploadLimits.MaxFileText} in base64). Send files as multipart/form-data.");
                return Refusal(http, refusal.Status, refusal.Error);
            }

            return request?.Query is null
                ? Refusal(http, StatusCodes.Status400BadRequest, "BAD_REQUEST", "The body has no 'query'.")
                : await ExecuteAsync(http, request, allowMutations: true);
        });

        app.MapGet(path, async (HttpContext http, IGraphQLTextSerializer serializer) =>
        {
            var query = http.Request.Query["query"].ToString();
            if (string.IsNullOrEmpty(query))
            {
                return Refusal(http, StatusCodes.Status400BadRequest, "BAD_REQUEST", "GET /graphql needs a 'query' parameter.");
            }

            Inputs? variables;
            try
            {
                variables = http.Request.Query.TryGetValue("variables", out var v) && !string.IsNullOrEmpty(v)
                    ? serializer.Deserialize<Inputs>(v.ToString())
                    : null;
            }
            catch (System.Text.Json.JsonException ex)
            {
                return Refusal(http, StatusCodes.Status400BadRequest, "BAD_REQUEST", $"'variables' is not JSON: {ex.Message}");
            }

            var request = new GraphQLRequest { Query = query, Variables = variables, OperationName = http.Request.Query["operationName"] };
            return await ExecuteAsync(http, request, allowMutations: false);
        });
    }

    /// <summary>
    /// A GraphQL multipart request (file uploads). Forms can be posted by any web site without a CORS preflight, so a
    /// multipart request must carry the <see cref="RequestMediaTypes.PreflightHeader"/> header, which no form can send.
    /// </summary>
    private static async Task<IResult> ExecuteMultipartAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        if (!RequestMediaTypes.HasPreflightHeader(http.Request))
        {
            return Refusal(http, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                $"A {RequestMediaTypes.Multipart} request (a file upload) needs a {RequestMediaTypes.PreflightHeader} header (any value), " +
                "which a form on another web site cannot send.");
        }

        AllowBodyOf(http, UploadLimits.MaxMultipartBodyBytes);
        GraphQLRequest request;
        try
        {
            request = await MultipartGraphQLRequest.ReadAsync(http.Request, serializer, http.RequestAborted);
        }
        catch (UploadRefusedException refusal)
        {
            return Refusal(http, refusal.Status, refusal.Error);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var refusal = UploadRefusedException.TooLarge("request body", UploadLimits.MaxMultipartBodyBytes, http.Request.ContentLength ?? UploadLimits.MaxMultipartBodyBytes + 1,
                $"The multipart body is larger than {UploadLimits.MaxMultipartBodyBytes:N0} bytes (files of at most {UploadLimits.MaxFileText} each).");
            return Refusal(http, refusal.Status, refusal.Error);
        }

        return request.Query is null
            ? Refusal(http, StatusCodes.Status400BadRequest, "BAD_REQUEST", "Multipart request: 'operations' has no 'query'.")
            : await ExecuteAsync(http, request, allowMutations: true);
    }

    /// <summary>Raises the server's body size limit for this request (Kestrel's default is 30 MB) where the server lets it.</summary>
    private static void AllowBodyOf(HttpContext http, long bytes)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = bytes;
        }
    }

    private static async Task<IResult> ExecuteAsync(HttpContext http, GraphQLRequest request, bool allowMutations)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<RealistOptions>>().Value;
        var limits = services.GetRequiredService<IOptions<RequestLimits>>().Value;
        var rules = services.GetRequiredService<ValidationRuleSets>();
        if (request.Query!.Length > limits.MaxQueryLength)
        {
            return Refusal(http, StatusCodes.Status400BadRequest, LimitErrors.Execution(nameof(RequestLimits.MaxQueryLength), limits.MaxQueryLength, request.Query.Length,
                $"The query document has {request.Query.Length:N0} characters; at most {limits.MaxQueryLength:N0} are allowed ({RequestLimits.SettingName(nameof(RequestLimits.MaxQueryLength))}). Send long texts as variables."));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(limits.ExecutionTimeoutSeconds));
        using var scope = CypherRoundTrips.BeginScope(out var roundTrips);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var userContext = new Dictionary<string, object?>();
        ExecutionResult result;
        try
        {
            result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(o =>
            {
                o.Query = request.Query;
                o.Variables = request.Variables;
                o.OperationName = request.OperationName;
                o.Extensions = request.Extensions;
                o.RequestServices = services;
                o.UserContext = userContext;
                o.CancellationToken = timeout.Token;
                o.ValidationRules = rules.Full(allowMutations);
                o.CachedDocumentValidationRules = rules.ForCachedDocument(allowMutations);
            });
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoint).FullName!)
                .LogInformation("GraphQL request stopped after {Elapsed} ms: the client disconnected", started.ElapsedMilliseconds);
            return Results.Empty;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            result = TimedOut(limits, started);
        }

        LimitErrorCount(result, limits);
        if (userContext.TryGetValue(QueryCostRule.CostKey, out var cost))
        {
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions["cost"] = cost;
        }

        if (options.Debug)
        {
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions["cypherRoundTrips"] = roundTrips.Count;
            result.Extensions["cypherReads"] = roundTrips.Reads
                .Select(r => new Dictionary<string, object?> { ["query"] = r.Query, ["withText"] = r.WithText }).ToList();
        }

        var wantsPlainJson = !AcceptsGraphQLResponse(http.Request);
        if (AccessStatus.Of(result) is { } refused)
        {
            if (AccessStatus.Challenge(refused, http.Request.Headers.Authorization.Count > 0) is { } challenge)
            {
                http.Response.Headers.WWWAuthenticate = challenge;
            }

            return new GraphQLResult(result, wantsPlainJson ? RequestMediaTypes.Json : RequestMediaTypes.GraphQLResponse, refused, limits.MaxResponseBytes, new Deadline(limits, started));
        }

        var status = !wantsPlainJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return new GraphQLResult(result, wantsPlainJson ? RequestMediaTypes.Json : RequestMediaTypes.GraphQLResponse, status, limits.MaxResponseBytes, new Deadline(limits, started));
    }

    private static ExecutionResult TimedOut(RequestLimits limits, System.Diagnostics.Stopwatch started) => new()
    {
        Errors = [LimitErrors.Execution(nameof(RequestLimits.ExecutionTimeoutSeconds), (long)Math.Ceiling(limits.ExecutionTimeoutSeconds), (long)Math.Ceiling(started.Elapsed.TotalSeconds),
            $"The request ran longer than {limits.ExecutionTimeoutSeconds} s and was stopped ({RequestLimits.SettingName(nameof(RequestLimits.ExecutionTimeoutSeconds))}).", "TIMEOUT")],
    };

    /// <summary>Keeps the first errors and sums up the rest, so a document of repeated mistakes cannot answer megabytes of them.</summary>
    private static void LimitErrorCount(ExecutionResult result, RequestLimits limits)
    {
        if (result.Errors is not { } errors || errors.Count <= limits.MaxErrors)
        {
            return;
        }

        var total = errors.Count;
        var kept = new ExecutionErrors();
        foreach (var error in errors.OrderBy(e => e.Code == LimitErrors.Code ? 0 : 1).Take(limits.MaxErrors))
        {
            kept.Add(error);
        }

        kept.Add(LimitErrors.Execution(nameof(RequestLimits.MaxErrors), limits.MaxErrors, total,
            $"{total - limits.MaxErrors:N0} more errors left out; at most {limits.MaxErrors} are returned ({RequestLimits.SettingName(nameof(RequestLimits.MaxErrors))})."));
        result.Errors = kept;
    }

    private static bool AcceptsGraphQLResponse(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return string.IsNullOrEmpty(accept)
            || accept.Contains(RequestMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase)
            || accept.Contains("*/*", StringComparison.Ordinal)
            || !accept.Contains(RequestMediaTypes.Json, StringComparison.OrdinalIgnoreCase);
    }

    private static GraphQLResult Refusal(HttpContext http, int status, string code, string message) =>
        Refusal(http, status, new ExecutionError(message) { Code = code });

    private static GraphQLResult Refusal(HttpContext http, int status, ExecutionError error) =>
        new(new ExecutionResult { Errors = [error] }, AcceptsGraphQLResponse(http.Request) ? RequestMediaTypes.GraphQLResponse : RequestMediaTypes.Json, status, long.MaxValue);

    /// <summary>When a request started and how long it may take: writing its answer counts too.</summary>
    internal sealed record Deadline(RequestLimits Limits, System.Diagnostics.Stopwatch Started)
    {
        public TimeSpan Left => TimeSpan.FromSeconds(Limits.ExecutionTimeoutSeconds) - Started.Elapsed;
    }

    internal sealed class GraphQLResult(ExecutionResult result, string contentType, int status, long maxBytes, Deadline? deadline = null) : IResult
    {
        private static readonly System.Text.Json.JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var writer = new ResponseWriter(httpContext.RequestServices.GetRequiredService<IGraphQLTextSerializer>(), WriterOptions);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
            if (deadline is not null)
            {
                timeout.CancelAfter(deadline.Left > TimeSpan.Zero ? deadline.Left : TimeSpan.Zero);
            }

            var body = new LimitedBuffer(maxBytes);
            await using (body)
            {
                try
                {
                    writer.Write(body, result, timeout.Token);
                }
                catch (ResponseTooLargeException)
                {
                    Replace(writer, body, new ExecutionResult
                    {
                        Errors = [LimitErrors.Execution(nameof(RequestLimits.MaxResponseBytes), maxBytes, body.Length,
                            $"The answer is larger than {maxBytes:N0} bytes and was not sent ({RequestLimits.SettingName(nameof(RequestLimits.MaxResponseBytes))}). Ask for smaller pages or fewer fields.")],
                    });
                }
                catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
                {
                    httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoint).FullName!)
                        .LogInformation("GraphQL request stopped after {Elapsed} ms while its answer was written: the client disconnected", deadline?.Started.ElapsedMilliseconds ?? -1);
                    return;
                }
                catch (OperationCanceledException) when (deadline is not null && timeout.IsCancellationRequested)
                {
                    Replace(writer, body, TimedOut(deadline.Limits, deadline.Started));
                }

                httpContext.Response.StatusCode = status;
                httpContext.Response.ContentType = contentType + "; charset=utf-8";
                httpContext.Response.ContentLength = body.Length;
                body.Position = 0;
                await body.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted);
            }
        }

        private static void Replace(ResponseWriter writer, LimitedBuffer body, ExecutionResult answer)
        {
            body.SetLength(0);
            writer.Write(body, answer, CancellationToken.None);
        }
    }
}

using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using RealistGraph.Api.Hosting;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP: <c>POST /graphql</c> with a JSON body, <c>GET /graphql?query=...</c> for queries.
/// Answers <c>application/graphql-response+json</c> (400 when the request cannot be parsed or validated), or
/// <c>application/json</c> (always 200) for clients that accept only that.
/// </summary>
public static class GraphQLEndpoint
{
    private const string GraphQLResponse = "application/graphql-response+json";

    public static void MapGraphQL(this IEndpointRouteBuilder app, string path = "/graphql")
    {
        app.MapPost(path, async (HttpContext http, IGraphQLTextSerializer serializer) =>
        {
            GraphQLRequest? request;
            try
            {
                request = http.Request.ContentType?.StartsWith("application/graphql", StringComparison.OrdinalIgnoreCase) == true
                    ? new GraphQLRequest { Query = await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted) }
                    : await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
            {
                return BadRequest(http, serializer, $"The body is not a GraphQL request in JSON: {ex.Message}");
            }

            return request?.Query is null
                ? BadRequest(http, serializer, "The body has no 'query'.")
                : await ExecuteAsync(http, request, allowMutations: true);
        });

        app.MapGet(path, async (HttpContext http, IGraphQLTextSerializer serializer) =>
        {
            var query = http.Request.Query["query"].ToString();
            if (string.IsNullOrEmpty(query))
            {
                return BadRequest(http, serializer, "GET /graphql needs a 'query' parameter.");
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
                return BadRequest(http, serializer, $"'variables' is not JSON: {ex.Message}");
            }

            var request = new GraphQLRequest { Query = query, Variables = variables, OperationName = http.Request.Query["operationName"] };
            return await ExecuteAsync(http, request, allowMutations: false);
        });
    }

    private static async Task<GraphQLResult> ExecuteAsync(HttpContext http, GraphQLRequest request, bool allowMutations)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<RealistOptions>>().Value;
        using var scope = CypherRoundTrips.BeginScope(out var roundTrips);
        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(o =>
        {
            o.Query = request.Query;
            o.Variables = request.Variables;
            o.OperationName = request.OperationName;
            o.Extensions = request.Extensions;
            o.RequestServices = services;
            o.CancellationToken = http.RequestAborted;
            if (!allowMutations)
            {
                o.ValidationRules = global::GraphQL.Validation.DocumentValidator.CoreRules.Append(new QueriesOnlyOverGet());
            }
        });

        if (options.Debug)
        {
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions["cypherRoundTrips"] = roundTrips.Count;
            result.Extensions["cypherReads"] = roundTrips.Reads
                .Select(r => new Dictionary<string, object?> { ["query"] = r.Query, ["withText"] = r.WithText }).ToList();
        }

        var wantsPlainJson = !AcceptsGraphQLResponse(http.Request);
        var status = !wantsPlainJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return new GraphQLResult(result, wantsPlainJson ? "application/json" : GraphQLResponse, status);
    }

    private static bool AcceptsGraphQLResponse(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return string.IsNullOrEmpty(accept)
            || accept.Contains(GraphQLResponse, StringComparison.OrdinalIgnoreCase)
            || accept.Contains("*/*", StringComparison.Ordinal)
            || !accept.Contains("application/json", StringComparison.OrdinalIgnoreCase);
    }

    private static GraphQLResult BadRequest(HttpContext http, IGraphQLTextSerializer serializer, string message)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = "BAD_REQUEST" }] };
        return new GraphQLResult(result, AcceptsGraphQLResponse(http.Request) ? GraphQLResponse : "application/json", StatusCodes.Status400BadRequest);
    }

    internal sealed class GraphQLResult(ExecutionResult result, string contentType, int status) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = contentType + "; charset=utf-8";
            var serializer = httpContext.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
            await serializer.WriteAsync(httpContext.Response.Body, result, httpContext.RequestAborted);
        }
    }
}

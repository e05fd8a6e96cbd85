using RealistGraph.Api.GraphQL.Limits;

namespace RealistGraph.Api.Hosting;

/// <summary>
/// What keeps one request from hurting the service or its users: the GraphQL limits (<c>Realist:Limits</c>),
/// CORS only for the origins configured in <c>Realist:Cors:Origins</c>, and GraphiQL and the schema document
/// only where <c>Realist:GraphiQL</c> and <c>Realist:Introspection</c> say so.
/// </summary>
public static class RequestSafety
{
    public const string CorsOriginsSetting = "Realist:Cors:Origins";
    private const string CorsPolicy = "configured-origins";

    public static WebApplicationBuilder AddRequestSafety(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RequestLimits>(builder.Configuration.GetSection(RequestLimits.SectionName));
        var origins = CorsOrigins(builder.Configuration);
        if (origins.Length > 0)
        {
            builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(origins)
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "Accept", "Authorization", GraphQL.Http.RequestMediaTypes.PreflightHeader)));
        }

        return builder;
    }

    /// <summary>Before the routes: CORS when configured, and GraphiQL's files hidden when it is off.</summary>
    public static WebApplication UseRequestSafety(this WebApplication app)
    {
        if (CorsOrigins(app.Configuration).Length > 0)
        {
            app.UseCors(CorsPolicy);
        }

        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RealistOptions>>().Value;
        if (!options.GraphiQL)
        {
            app.Use(async (http, next) =>
            {
                if (http.Request.Path.StartsWithSegments("/graphiql", StringComparison.OrdinalIgnoreCase)
                    || http.Request.Path.StartsWithSegments("/graphiql.html", StringComparison.OrdinalIgnoreCase))
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await next(http);
            });
        }

        return app;
    }

    private static string[] CorsOrigins(IConfiguration configuration) =>
        configuration.GetSection(CorsOriginsSetting).Get<string[]>()?.Where(o => !string.IsNullOrWhiteSpace(o)).ToArray()
        ?? (configuration[CorsOriginsSetting] is { Length: > 0 } list ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : []);
}

using GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using RealistGraph.Api.GraphQL.Auth;
using RealistGraph.Application.Access;

namespace RealistGraph.Api.Hosting;

public static class AccessServices
{
    private const string Scheme = "Realist";

    /// <summary>
    /// API keys (and, when <c>Realist:Jwt:Authority</c> is set, JWT bearer tokens) through ASP.NET Core
    /// authentication, one policy per role, and the GraphQL rule that checks them per operation.
    /// </summary>
    public static WebApplicationBuilder AddRealistAccess(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(RealistOptions.SectionName);
        var access = section.Get<AccessOptions>() ?? new AccessOptions();
        builder.Services.Configure<AccessOptions>(section);
        builder.Services.AddSingleton(new ApiKeySettings(TimeSpan.FromSeconds(Math.Max(0, access.KeyCacheSeconds))));
        builder.Services.AddHttpContextAccessor();

        var authentication = builder.Services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API key or JWT", o => o.ForwardDefaultSelector = http =>
                access.Jwt.Enabled && BearerCredential.LooksLikeJwt(BearerCredential.Of(http.Request))
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { });
        if (access.Jwt.Enabled)
        {
            authentication.AddJwtBearer(o =>
            {
                o.Authority = access.Jwt.Authority;
                o.Audience = access.Jwt.Audience;
                o.MapInboundClaims = false;
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        context.Principal = JwtRoleMapping.Map(context.Principal!, access.Jwt);
                        return Task.CompletedTask;
                    },
                };
            });
        }

        builder.Services.AddAuthorization(AccessPolicies.Add);
        builder.Services.AddGraphQL(graphql => graphql.AddValidationRule<AccessRule>(useForCachedDocuments: true));
        return builder;
    }
}

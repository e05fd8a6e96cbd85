using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using RealistGraph.Application.Access;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Api.GraphQL.Auth;

/// <summary><c>Authorization: Bearer rgk_...</c>: an API key made by <c>./realist keys create</c>.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Set in <c>HttpContext.Items</c> when the key could not be checked because Neo4j did not answer.</summary>
    public const string UnavailableItem = "realist:key-check-unavailable";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = BearerCredential.Of(Request);
        if (key is null)
        {
            return Request.Headers.Authorization.Count == 0 ? AuthenticateResult.NoResult() : AuthenticateResult.Fail("not a bearer credential");
        }

        try
        {
            var identity = await keys.AuthenticateAsync(key, Context.RequestAborted);
            return identity is null
                ? AuthenticateResult.Fail("unknown, revoked or malformed key")
                : AuthenticateResult.Success(new AuthenticationTicket(RealistPrincipal.Create(identity.Name, identity.Role, SchemeName), SchemeName));
        }
        catch (Neo4jException ex)
        {
            Logger.LogWarning("An API key could not be checked: {Message}", ex.Message);
            Context.Items[UnavailableItem] = true;
            return AuthenticateResult.Fail("the key could not be checked");
        }
    }
}

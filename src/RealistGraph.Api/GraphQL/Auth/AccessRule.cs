using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using RealistGraph.Api.Hosting;
using RealistGraph.Application.Access;

namespace RealistGraph.Api.GraphQL.Auth;

/// <summary>
/// Checks the caller's role against the operation before anything runs: mutations need editor, queries reader
/// (or nobody, when anonymous reading is on). A credential that was sent but not accepted is refused even for reads,
/// so that a typo in a key is never silently treated as anonymous. Errors carry <c>extensions.code</c>
/// UNAUTHENTICATED (no or bad credential) or FORBIDDEN (a role too low) and name the role needed.
/// </summary>
public sealed class AccessRule : ValidationRuleBase
{
    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var http = context.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext;
        if (http is null || context.Operation is not { } operation)
        {
            return null; // Not an HTTP request (in-process execution), or no operation to run (another rule reports that).
        }

        var refusal = await RefusalAsync(http, operation);
        if (refusal is { } r)
        {
            context.ReportError(new ValidationError(context.Document.Source, r.Code, r.Message, operation) { Code = r.Code });
        }

        return null;
    }

    private static Task<(string Code, string Message)?> RefusalAsync(HttpContext http, GraphQLOperationDefinition operation) =>
        RefusalAsync(http, operation.Operation == OperationType.Mutation);

    /// <summary>The same check for a request outside GraphQL (e.g. a download): null when allowed, else the code and message.</summary>
    internal static async Task<(string Code, string Message)?> RefusalAsync(HttpContext http, bool mutation)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<AccessOptions>>().Value;
        var user = http.User;
        var authenticated = user.Identity?.IsAuthenticated == true;
        var needed = mutation ? Role.Editor : Role.Reader;
        var what = mutation ? "a mutation" : "a query";
        var roleName = Roles.Name(needed);

        if (http.Items.ContainsKey(ApiKeyAuthenticationHandler.UnavailableItem))
        {
            return (Http.AccessStatus.KeyCheckUnavailable, "The key could not be checked: the graph database did not answer. Try again shortly.");
        }

        if (!authenticated && http.Request.Headers.Authorization.Count > 0)
        {
            return (Http.AccessStatus.Unauthenticated, $"Authorization: the bearer key or token was not accepted (unknown, revoked, expired or malformed); {what} needs the {roleName} role.");
        }

        if (needed == Role.Reader && options.AnonymousRead)
        {
            return null;
        }

        if (!authenticated)
        {
            return (Http.AccessStatus.Unauthenticated, $"Authorization: {what} needs the {roleName} role; send 'Authorization: Bearer <key>' with a key of that role.");
        }

        var allowed = await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, AccessPolicies.Of(needed));
        return allowed.Succeeded
            ? null
            : (Http.AccessStatus.Forbidden, $"Authorization: {what} needs the {roleName} role; '{RealistPrincipal.ActorOf(user)}' has "
                + (RealistPrincipal.RoleOf(user) is { } held ? $"the {Roles.Name(held)} role." : "no role."));
    }
}

using System.Security.Claims;
using RealistGraph.Application.Access;
using RealistGraph.Neo4j.Changes;

namespace RealistGraph.Api.GraphQL.Auth;

/// <summary>
/// The one shape of a signed-in caller, whatever proved it (API key or JWT): an actor name (recorded in the change
/// log) and a role claim for its role and each role it includes, so that <c>IsInRole("reader")</c> holds for editors.
/// </summary>
public static class RealistPrincipal
{
    public const string ActorClaim = "realist:actor";

    public static ClaimsPrincipal Create(string actor, Role? role, string authenticationType)
    {
        var claims = new List<Claim> { new(ActorClaim, actor), new(ClaimTypes.Name, actor) };
        if (role is { } r)
        {
            claims.AddRange(Roles.Including(r).Select(included => new Claim(ClaimTypes.Role, Roles.Name(included))));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The actor of the caller's changes: the key's name, the token's subject, or "anonymous".</summary>
    public static string ActorOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirst(ActorClaim)?.Value ?? ChangeActor.Anonymous : ChangeActor.Anonymous;

    /// <summary>The highest role the caller holds, or null.</summary>
    public static Role? RoleOf(ClaimsPrincipal? user) =>
        user is null ? null : Enum.GetValues<Role>().Where(r => user.IsInRole(Roles.Name(r))).Select(r => (Role?)r).LastOrDefault();
}

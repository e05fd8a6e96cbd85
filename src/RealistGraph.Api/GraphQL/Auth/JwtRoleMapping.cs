using System.Security.Claims;
using System.Text.Json;
using RealistGraph.Api.Hosting;
using RealistGraph.Application.Access;

namespace RealistGraph.Api.GraphQL.Auth;

/// <summary>A validated token becomes a <see cref="RealistPrincipal"/>: its subject is the actor, its role claim our role.</summary>
public static class JwtRoleMapping
{
    public static ClaimsPrincipal Map(ClaimsPrincipal token, JwtOptions options)
    {
        var subject = token.FindFirst("sub")?.Value ?? token.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "token";
        var role = token.FindAll(options.RoleClaim).SelectMany(c => Values(c.Value)).Select(v => RoleOf(v, options)).Max();
        return RealistPrincipal.Create(subject, role, "Jwt");
    }

    private static Role? RoleOf(string value, JwtOptions options) =>
        options.Roles.Count == 0 ? Roles.Parse(value) : options.Roles.TryGetValue(value, out var role) ? Roles.Parse(role) : null;

    /// <summary>A claim holds one value, or (some issuers) a JSON array of them.</summary>
    private static string[] Values(string value)
    {
        if (!value.StartsWith('['))
        {
            return [value];
        }

        try
        {
            return JsonSerializer.Deserialize<string[]>(value) ?? [];
        }
        catch (JsonException)
        {
            return [value];
        }
    }
}

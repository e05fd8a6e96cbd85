using Microsoft.AspNetCore.Authorization;
using RealistGraph.Application.Access;

namespace RealistGraph.Api.GraphQL.Auth;

/// <summary>One ASP.NET Core authorization policy per role: "realist:reader", "realist:editor", "realist:admin".</summary>
public static class AccessPolicies
{
    public static string Of(Role role) => "realist:" + Roles.Name(role);

    public static void Add(AuthorizationOptions options)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            options.AddPolicy(Of(role), policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Name(role)));
        }
    }
}

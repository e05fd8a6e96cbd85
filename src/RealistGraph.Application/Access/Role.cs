namespace RealistGraph.Application.Access;

/// <summary>What a key or token may do; each role includes the ones below it.</summary>
public enum Role
{
    /// <summary>Queries.</summary>
    Reader = 1,

    /// <summary>Queries, mutations and imports.</summary>
    Editor = 2,

    /// <summary>All of the above and key management.</summary>
    Admin = 3,
}

public static class Roles
{
    public static string Name(Role role) => role.ToString().ToLowerInvariant();

    /// <summary>The role named <paramref name="name"/> (reader, editor, admin; any case), or null.</summary>
    public static Role? Parse(string? name) =>
        Enum.TryParse<Role>(name, ignoreCase: true, out var role) && Enum.IsDefined(role) && !int.TryParse(name, out _) ? role : null;

    /// <summary>The role and every role it includes, e.g. editor → reader, editor.</summary>
    public static IEnumerable<Role> Including(Role role) => Enum.GetValues<Role>().Where(r => r <= role);
}

namespace RealistGraph.Api.Hosting;

/// <summary>Who may do what, bound from the <c>Realist</c> configuration section (see docs/deployment.md).</summary>
public sealed class AccessOptions
{
    /// <summary>Queries without a key. On for <c>./realist up</c> on 127.0.0.1; off by default and in the image.</summary>
    public bool AnonymousRead { get; set; }

    /// <summary>How long a key check is trusted without asking Neo4j again: the bound on a revocation reaching other replicas.</summary>
    public int KeyCacheSeconds { get; set; } = 30;

    public JwtOptions Jwt { get; set; } = new();
}

/// <summary>Optional JWT bearer tokens from an institution's single sign-on, their claim mapped to our roles.</summary>
public sealed class JwtOptions
{
    /// <summary>The issuer (OpenID Connect authority) whose signing keys are trusted; JWT is off while empty.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience a token must name.</summary>
    public string? Audience { get; set; }

    /// <summary>The claim that carries the role (a string or an array of strings).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Claim value → role (reader, editor, admin). When empty, claim values that are role names count as such.</summary>
    public Dictionary<string, string> Roles { get; set; } = new(StringComparer.Ordinal);

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}

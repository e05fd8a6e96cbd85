namespace RealistGraph.Neo4j.Client;

/// <summary>
/// Maps a Neo4j connection URI (what drivers, Aura's <c>.env</c> and Neo4j's own tools use: <c>neo4j+s://</c>,
/// <c>neo4j://</c>, <c>bolt://</c> ...) onto the server's HTTP(S) endpoint, which is what this service speaks.
/// <list type="bullet">
/// <item>Aura (<c>*.databases.neo4j.io</c>): <c>https://host</c> (port 443, the Query API), whatever the scheme.</item>
/// <item><c>neo4j+s</c>, <c>bolt+s</c>: <c>https://host:7473</c>, Neo4j's default HTTPS connector.</item>
/// <item><c>neo4j+ssc</c>, <c>bolt+ssc</c>: the same, accepting a self-signed certificate.</item>
/// <item><c>neo4j</c>, <c>bolt</c>: <c>http://host:7474</c>, Neo4j's default HTTP connector.</item>
/// </list>
/// The Bolt port of the URI says nothing about the HTTP port; where the server's HTTP port is not the default,
/// <c>NEO4J_HTTP_URL</c> names it.
/// </summary>
public static class Neo4jUriMapping
{
    public const int DefaultHttpPort = 7474;
    public const int DefaultHttpsPort = 7473;
    private const string AuraDomain = ".databases.neo4j.io";

    private static readonly string[] Schemes = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"];

    public static bool IsNeo4jScheme(string scheme) => Schemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);

    /// <summary>The HTTP(S) endpoint of the server named by <paramref name="value"/>, read from <paramref name="setting"/>.</summary>
    public static Neo4jHttpEndpoint ToHttpEndpoint(string setting, string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new Neo4jSettingsException(setting, $"'{value}' is not a URI; expected e.g. neo4j+s://xxxxxxxx.databases.neo4j.io or neo4j://localhost:7687");
        }

        var scheme = uri.Scheme.ToLowerInvariant();
        if (!IsNeo4jScheme(scheme))
        {
            throw new Neo4jSettingsException(setting,
                $"scheme '{scheme}' is not a Neo4j URI; use one of {string.Join(", ", Schemes.Select(s => s + "://"))}, or name an HTTP address in NEO4J_HTTP_URL");
        }

        if (uri.AbsolutePath.Trim('/').Length > 0)
        {
            throw new Neo4jSettingsException(setting,
                $"'{value}' has a path ('{uri.AbsolutePath}'); a Neo4j URI names a server only, the database goes in NEO4J_DATABASE");
        }

        var host = uri.IdnHost;
        if (host.EndsWith(AuraDomain, StringComparison.OrdinalIgnoreCase))
        {
            return new Neo4jHttpEndpoint(new Uri($"https://{host}"), TrustSelfSignedCertificate: false, IsAura: true);
        }

        var hostPart = uri.HostNameType == UriHostNameType.IPv6 ? $"[{host}]" : host;
        return scheme.EndsWith("+s", StringComparison.Ordinal)
            ? new Neo4jHttpEndpoint(new Uri($"https://{hostPart}:{DefaultHttpsPort}"), TrustSelfSignedCertificate: false, IsAura: false)
            : scheme.EndsWith("+ssc", StringComparison.Ordinal)
                ? new Neo4jHttpEndpoint(new Uri($"https://{hostPart}:{DefaultHttpsPort}"), TrustSelfSignedCertificate: true, IsAura: false)
                : new Neo4jHttpEndpoint(new Uri($"http://{hostPart}:{DefaultHttpPort}"), TrustSelfSignedCertificate: false, IsAura: false);
    }

    /// <summary>An HTTP(S) address given as is (<c>NEO4J_HTTP_URL</c>, <c>NEO4J_URL</c>); a Neo4j URI there is mapped too.</summary>
    public static Neo4jHttpEndpoint FromHttpSetting(string setting, string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new Neo4jSettingsException(setting, $"'{value}' is not an absolute address; expected e.g. http://127.0.0.1:7474");
        }

        if (IsNeo4jScheme(uri.Scheme))
        {
            return ToHttpEndpoint(setting, value);
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            throw new Neo4jSettingsException(setting, $"scheme '{uri.Scheme}' is neither http nor https (nor a Neo4j URI)");
        }

        return new Neo4jHttpEndpoint(new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/')), TrustSelfSignedCertificate: false,
            IsAura: uri.Host.EndsWith(AuraDomain, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>Where the service sends HTTP requests, and whether a self-signed certificate is accepted there (<c>+ssc</c>).</summary>
public sealed record Neo4jHttpEndpoint(Uri Url, bool TrustSelfSignedCertificate, bool IsAura);

/// <summary>A connection setting that does not fit; the message starts with the setting's name.</summary>
public sealed class Neo4jSettingsException(string setting, string problem) : Exception($"{setting}: {problem}")
{
    public string Setting { get; } = setting;
}

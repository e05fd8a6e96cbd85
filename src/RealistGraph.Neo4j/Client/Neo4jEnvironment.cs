namespace RealistGraph.Neo4j.Client;

/// <summary>
/// Reads the connection settings of Neo4j's own tools and of Aura's downloaded <c>.env</c> file into
/// <see cref="Neo4jOptions"/>. The address, first found wins:
/// <c>NEO4J_HTTP_URL</c> (an HTTP address as is), <c>NEO4J_URL</c> (the same, kept from earlier versions),
/// <c>NEO4J_URI</c> (a Neo4j URI, mapped by <see cref="Neo4jUriMapping"/>), then what the options already hold.
/// The user is <c>NEO4J_USERNAME</c> or <c>NEO4J_USER</c> (both set and different is an error).
/// Throws <see cref="Neo4jSettingsException"/> naming the setting when something does not fit.
/// </summary>
public static class Neo4jEnvironment
{
    public static void Apply(Neo4jOptions options, Func<string, string?> read)
    {
        string? Value(string name) => read(name) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var endpoint = Value("NEO4J_HTTP_URL") is { } httpUrl ? Neo4jUriMapping.FromHttpSetting("NEO4J_HTTP_URL", httpUrl)
            : Value("NEO4J_URL") is { } url ? Neo4jUriMapping.FromHttpSetting("NEO4J_URL", url)
            : Value("NEO4J_URI") is { } neo4jUri ? Neo4jUriMapping.ToHttpEndpoint("NEO4J_URI", neo4jUri)
            : Neo4jUriMapping.FromHttpSetting($"{Neo4jOptions.SectionName}:Url", options.Url);
        options.Url = endpoint.Url.ToString().TrimEnd('/');
        options.TrustSelfSignedCertificate = endpoint.TrustSelfSignedCertificate;

        var username = Value("NEO4J_USERNAME");
        var user = Value("NEO4J_USER");
        if (username is not null && user is not null && !string.Equals(username, user, StringComparison.Ordinal))
        {
            throw new Neo4jSettingsException("NEO4J_USERNAME", $"'{username}' differs from NEO4J_USER '{user}'; set one of them");
        }

        options.User = username ?? user ?? options.User;
        options.Password = read("NEO4J_PASSWORD") ?? options.Password;
        options.Database = Value("NEO4J_DATABASE") ?? options.Database;

        if (endpoint.IsAura && string.IsNullOrEmpty(options.Password))
        {
            throw new Neo4jSettingsException("NEO4J_PASSWORD", $"not set, and the Aura instance at {options.Url} requires one");
        }

        if (endpoint.Url.Scheme == "http" && endpoint.IsAura)
        {
            throw new Neo4jSettingsException("NEO4J_URL", "Aura answers over HTTPS only; use https:// or NEO4J_URI=neo4j+s://...");
        }
    }
}

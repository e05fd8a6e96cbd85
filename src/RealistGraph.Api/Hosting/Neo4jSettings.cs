using RealistGraph.Neo4j.Client;

namespace RealistGraph.Api.Hosting;

public static class Neo4jSettings
{
    /// <summary>
    /// The service's Neo4j options: the <c>Neo4j</c> section of appsettings, then the variables of Neo4j's own tools
    /// (<c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>, ... see <see cref="Neo4jEnvironment"/>). They are read once here, so
    /// a setting that does not fit stops the service at start with its name, not on the first request.
    /// </summary>
    public static Action<Neo4jOptions> Neo4jOptionsFrom(this IConfiguration configuration)
    {
        var resolved = new Neo4jOptions();
        configuration.GetSection(Neo4jOptions.SectionName).Bind(resolved);
        Neo4jEnvironment.Apply(resolved, name => configuration[name]);
        return neo4j =>
        {
            configuration.GetSection(Neo4jOptions.SectionName).Bind(neo4j);
            neo4j.Url = resolved.Url;
            neo4j.User = resolved.User;
            neo4j.Password = resolved.Password;
            neo4j.Database = resolved.Database;
            neo4j.TrustSelfSignedCertificate = resolved.TrustSelfSignedCertificate;
        };
    }
}

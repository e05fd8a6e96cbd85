using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Tests.Settings;

public sealed class Neo4jEnvironmentTests
{
    private static Neo4jOptions Apply(params (string Name, string Value)[] variables)
    {
        var options = new Neo4jOptions { Url = "http://127.0.0.1:17474" };
        var values = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        Neo4jEnvironment.Apply(options, name => values.GetValueOrDefault(name));
        return options;
    }

    [Fact]
    public void An_Aura_env_file_as_downloaded_configures_the_service()
    {
        var options = Apply(
            ("NEO4J_URI", "neo4j+s://a1b2c3d4.databases.neo4j.io"),
            ("NEO4J_USERNAME", "neo4j"),
            ("NEO4J_PASSWORD", "s3cret-from-aura"),
            ("AURA_INSTANCEID", "a1b2c3d4"),
            ("AURA_INSTANCENAME", "Instance01"));

        Assert.Equal("https://a1b2c3d4.databases.neo4j.io", options.Url);
        Assert.Equal("neo4j", options.User);
        Assert.Equal("s3cret-from-aura", options.Password);
        Assert.Equal("neo4j", options.Database);
    }

    [Fact]
    public void The_http_override_wins_over_the_mapped_uri_and_neo4j_url_is_kept()
    {
        Assert.Equal("http://10.0.0.5:8474", Apply(("NEO4J_URI", "neo4j://10.0.0.5"), ("NEO4J_HTTP_URL", "http://10.0.0.5:8474")).Url);
        Assert.Equal("http://10.0.0.5:9474", Apply(("NEO4J_URI", "neo4j://10.0.0.5"), ("NEO4J_URL", "http://10.0.0.5:9474/")).Url);
        Assert.Equal("http://10.0.0.5:7474", Apply(("NEO4J_URI", "neo4j://10.0.0.5")).Url);
        Assert.Equal("http://127.0.0.1:17474", Apply().Url);
    }

    [Fact]
    public void The_user_is_read_from_either_name_and_a_contradiction_is_an_error()
    {
        Assert.Equal("reader", Apply(("NEO4J_USERNAME", "reader")).User);
        Assert.Equal("writer", Apply(("NEO4J_USER", "writer")).User);
        Assert.Equal("same", Apply(("NEO4J_USER", "same"), ("NEO4J_USERNAME", "same")).User);

        var error = Assert.Throws<Neo4jSettingsException>(() => Apply(("NEO4J_USER", "a"), ("NEO4J_USERNAME", "b")));
        Assert.StartsWith("NEO4J_USERNAME:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_self_signed_uri_turns_on_accepting_its_certificate()
    {
        Assert.True(Apply(("NEO4J_URI", "neo4j+ssc://db.internal")).TrustSelfSignedCertificate);
        Assert.False(Apply(("NEO4J_URI", "neo4j+s://db.internal")).TrustSelfSignedCertificate);
    }

    [Fact]
    public void Aura_without_a_password_is_refused_at_once()
    {
        var error = Assert.Throws<Neo4jSettingsException>(() => Apply(("NEO4J_URI", "neo4j+s://a1b2c3d4.databases.neo4j.io")));

        Assert.Equal("NEO4J_PASSWORD", error.Setting);
    }

    [Fact]
    public void A_wrong_uri_names_neo4j_uri_and_what_would_fit()
    {
        var error = Assert.Throws<Neo4jSettingsException>(() => Apply(("NEO4J_URI", "http://localhost:7474")));

        Assert.Contains("NEO4J_URI: scheme 'http' is not a Neo4j URI", error.Message, StringComparison.Ordinal);
        Assert.Contains("NEO4J_HTTP_URL", error.Message, StringComparison.Ordinal);
    }
}

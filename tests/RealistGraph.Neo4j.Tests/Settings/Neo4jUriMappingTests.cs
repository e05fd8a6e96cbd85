using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Tests.Settings;

public sealed class Neo4jUriMappingTests
{
    [Theory]
    [InlineData("neo4j+s://a1b2c3d4.databases.neo4j.io")]
    [InlineData("neo4j+s://a1b2c3d4.databases.neo4j.io:7687")]
    [InlineData("neo4j://a1b2c3d4.databases.neo4j.io")]
    [InlineData("bolt+s://a1b2c3d4.databases.neo4j.io")]
    public void An_Aura_uri_maps_to_https_on_the_same_host_port_443(string uri)
    {
        var endpoint = Neo4jUriMapping.ToHttpEndpoint("NEO4J_URI", uri);

        Assert.Equal("https://a1b2c3d4.databases.neo4j.io/", endpoint.Url.ToString());
        Assert.Equal(443, endpoint.Url.Port);
        Assert.True(endpoint.IsAura);
        Assert.False(endpoint.TrustSelfSignedCertificate);
    }

    [Theory]
    [InlineData("neo4j://db.example.org:7687", "http://db.example.org:7474/", false)]
    [InlineData("bolt://10.0.0.5", "http://10.0.0.5:7474/", false)]
    [InlineData("neo4j+s://db.example.org", "https://db.example.org:7473/", false)]
    [InlineData("bolt+s://db.example.org:7687", "https://db.example.org:7473/", false)]
    [InlineData("neo4j+ssc://db.example.org", "https://db.example.org:7473/", true)]
    [InlineData("bolt+ssc://db.example.org", "https://db.example.org:7473/", true)]
    [InlineData("NEO4J://Db.Example.org", "http://db.example.org:7474/", false)]
    [InlineData("neo4j://[::1]:7687", "http://[::1]:7474/", false)]
    public void A_self_managed_uri_maps_to_the_default_http_connector(string uri, string expected, bool selfSigned)
    {
        var endpoint = Neo4jUriMapping.ToHttpEndpoint("NEO4J_URI", uri);

        Assert.Equal(expected, endpoint.Url.ToString());
        Assert.Equal(selfSigned, endpoint.TrustSelfSignedCertificate);
        Assert.False(endpoint.IsAura);
    }

    [Theory]
    [InlineData("http://db.example.org:7474", "NEO4J_URI: scheme 'http' is not a Neo4j URI")]
    [InlineData("https://db.example.org", "NEO4J_URI: scheme 'https' is not a Neo4j URI")]
    [InlineData("db.example.org:7687", "NEO4J_URI: 'db.example.org:7687' is not a URI")]
    [InlineData("localhost", "NEO4J_URI: 'localhost' is not a URI")]
    [InlineData("neo4j://db.example.org/movies", "NEO4J_URI: 'neo4j://db.example.org/movies' has a path")]
    public void What_does_not_fit_is_refused_naming_the_setting(string uri, string start)
    {
        var error = Assert.Throws<Neo4jSettingsException>(() => Neo4jUriMapping.ToHttpEndpoint("NEO4J_URI", uri));

        Assert.StartsWith(start, error.Message, StringComparison.Ordinal);
        Assert.Equal("NEO4J_URI", error.Setting);
    }

    [Theory]
    [InlineData("http://127.0.0.1:17474/", "http://127.0.0.1:17474/")]
    [InlineData("https://neo4j.internal:7473", "https://neo4j.internal:7473/")]
    [InlineData("neo4j://neo4j.internal", "http://neo4j.internal:7474/")]
    public void An_http_setting_is_taken_as_is_and_a_neo4j_uri_there_is_mapped(string value, string expected)
    {
        Assert.Equal(expected, Neo4jUriMapping.FromHttpSetting("NEO4J_URL", value).Url.ToString());
    }

    [Fact]
    public void An_http_setting_with_another_scheme_names_the_setting()
    {
        var error = Assert.Throws<Neo4jSettingsException>(() => Neo4jUriMapping.FromHttpSetting("NEO4J_HTTP_URL", "ftp://host"));

        Assert.StartsWith("NEO4J_HTTP_URL: scheme 'ftp'", error.Message, StringComparison.Ordinal);
    }
}

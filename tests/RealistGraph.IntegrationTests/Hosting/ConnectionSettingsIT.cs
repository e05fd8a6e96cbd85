namespace RealistGraph.IntegrationTests.Hosting;

/// <summary>A connection setting that does not fit stops the service at start, naming the setting.</summary>
public sealed class ConnectionSettingsIT
{
    [Fact]
    public void An_http_address_in_neo4j_uri_stops_the_service_at_start_naming_the_setting()
    {
        var settings = ServiceHost.OnTestNeo4j();
        settings["NEO4J_URL"] = "";
        settings["NEO4J_URI"] = "http://127.0.0.1:7474";

        var error = Assert.ThrowsAny<Exception>(() => ServiceHost.Start(settings));

        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("NEO4J_URI: scheme 'http' is not a Neo4j URI", messages, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error;
        }
    }
}

using System.Diagnostics;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;
using Xunit.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace RealistGraph.IntegrationTests.Hosting;

/// <summary>
/// docker-compose.yml holds the service and Neo4j 5 Community by default and, behind the <c>cluster</c> profile, three
/// Neo4j Enterprise servers and a service on them. Parsed with YamlDotNet here (merge keys resolved); where the
/// <c>docker compose</c> client exists, <c>docker compose config -q</c> checks it too (client-side: no engine needed).
/// </summary>
public sealed class ComposeFileIT(ITestOutputHelper output)
{
    private static readonly string ComposeFile = Path.Combine(RepositoryPaths.Root, "docker-compose.yml");

    [Fact]
    public void The_default_services_are_the_api_and_Neo4j_5_Community_and_the_cluster_is_opt_in()
    {
        var services = Services();

        Assert.Equal(["api", "api-cluster", "neo4j", "neo4j-core1", "neo4j-core2", "neo4j-core3"], services.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("neo4j:5", Text(services["neo4j"], "image"));
        Assert.False(services["neo4j"].ContainsKey("profiles"));
        Assert.False(services["api"].ContainsKey("profiles"));

        // The api names Neo4j the way Neo4j's tools do; the service maps it onto the HTTP connector of the neo4j service.
        var api = Map(services["api"], "environment");
        Assert.Equal("http://neo4j:7474/", Neo4jUriMapping.ToHttpEndpoint("NEO4J_URI", Text(api, "NEO4J_URI")).Url.ToString());
        Assert.Equal("true", Text(api, "Realist__LoadSamples"));
    }

    [Fact]
    public void The_cluster_profile_is_three_enterprise_primaries_that_find_each_other_and_need_the_licence()
    {
        var services = Services();
        var cores = new[] { "neo4j-core1", "neo4j-core2", "neo4j-core3" };

        foreach (var core in cores)
        {
            var service = services[core];
            Assert.Equal(["cluster"], List(service, "profiles"));
            Assert.EndsWith("-enterprise", Text(service, "image"), StringComparison.Ordinal);
            var environment = Map(service, "environment");
            Assert.Contains("NEO4J_ACCEPT_LICENSE_AGREEMENT", Text(environment, "NEO4J_ACCEPT_LICENSE_AGREEMENT"), StringComparison.Ordinal);
            Assert.Equal("PRIMARY", Text(environment, "NEO4J_initial_server_mode__constraint"));
            Assert.Equal(core, Text(environment, "NEO4J_server_default__advertised__address"));
            Assert.Equal(cores.Select(c => c + ":5000"), Text(environment, "NEO4J_dbms_cluster_discovery_endpoints").Split(','));
        }

        var apiCluster = services["api-cluster"];
        Assert.Equal(["cluster"], List(apiCluster, "profiles"));
        Assert.Equal(cores, Map(apiCluster, "depends_on").Keys.Cast<string>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_published_port_is_bound_to_the_loopback_interface_only()
    {
        // Issue 9: "compose publishes the port on every interface". A reverse proxy on the host reaches 127.0.0.1.
        var published = Services()
            .Where(s => s.Value.ContainsKey("ports"))
            .SelectMany(s => List(s.Value, "ports").Select(port => (Service: s.Key, Port: port)))
            .ToList();
        Assert.Contains(published, p => p.Service == "api");
        Assert.All(published, p => Assert.True(p.Port.StartsWith("127.0.0.1:", StringComparison.Ordinal), $"{p.Service} publishes {p.Port} on every interface"));
    }

    [Fact]
    public void Docker_compose_accepts_the_file_where_its_client_exists()
    {
        if (!ComposeClientExists(out var why))
        {
            var note = $"docker compose is not available here ({why}); docker-compose.yml was checked by YamlDotNet only";
            output.WriteLine(note);
            Console.Error.WriteLine("ComposeFileIT: " + note);
            Assert.NotEmpty(Services());
            return;
        }

        var environment = new Dictionary<string, string> { ["NEO4J_PASSWORD"] = "a-long-password" };
        Assert.Equal(0, Compose(["config", "-q"], environment).ExitCode);

        var withoutLicence = Compose(["--profile", "cluster", "config", "-q"], environment);
        Assert.NotEqual(0, withoutLicence.ExitCode);
        Assert.Contains("NEO4J_ACCEPT_LICENSE_AGREEMENT", withoutLicence.Error, StringComparison.Ordinal);

        environment["NEO4J_ACCEPT_LICENSE_AGREEMENT"] = "yes";
        Assert.Equal(0, Compose(["--profile", "cluster", "config", "-q"], environment).ExitCode);
    }

    private static Dictionary<string, Dictionary<object, object>> Services()
    {
        using var reader = new StringReader(File.ReadAllText(ComposeFile));
        var root = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(new MergingParser(new Parser(reader)));
        return ((Dictionary<object, object>)root["services"]).ToDictionary(s => (string)s.Key, s => (Dictionary<object, object>)s.Value, StringComparer.Ordinal);
    }

    private static Dictionary<object, object> Map(Dictionary<object, object> node, string key) => (Dictionary<object, object>)node[key];

    private static string Text(Dictionary<object, object> node, string key) => (string)node[key];

    private static List<string> List(Dictionary<object, object> node, string key) => ((List<object>)node[key]).Cast<string>().ToList();

    private static bool ComposeClientExists(out string why)
    {
        try
        {
            var version = Compose(["version"], [], withFile: false);
            why = version.ExitCode == 0 ? "" : $"'docker compose version' exited {version.ExitCode}: {version.Error.Trim()}";
            return version.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            why = "no docker client: " + ex.Message;
            return false;
        }
    }

    private static (int ExitCode, string Error) Compose(IEnumerable<string> arguments, Dictionary<string, string> environment, bool withFile = true)
    {
        var start = new ProcessStartInfo("docker") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add("compose");
        if (withFile)
        {
            start.ArgumentList.Add("-f");
            start.ArgumentList.Add(ComposeFile);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("NEO4J_PASSWORD");
        start.Environment.Remove("NEO4J_ACCEPT_LICENSE_AGREEMENT");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }
}

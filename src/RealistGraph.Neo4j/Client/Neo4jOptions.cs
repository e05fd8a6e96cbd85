namespace RealistGraph.Neo4j.Client;

/// <summary>Where the Neo4j server is and how to reach it. Bound from the <c>Neo4j</c> configuration section.</summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP root, e.g. <c>http://127.0.0.1:7474</c>.</summary>
    public string Url { get; set; } = "http://127.0.0.1:7474";

    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = "";

    /// <summary>Database name for Neo4j 4 and newer; 3.x has only one graph and ignores it.</summary>
    public string Database { get; set; } = "neo4j";

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a transient failure (deadlock, leader switch) is retried before it is reported.</summary>
    public int MaxTransientRetries { get; set; } = 4;

    /// <summary>Accept a self-signed server certificate (a <c>neo4j+ssc://</c> or <c>bolt+ssc://</c> URI).</summary>
    public bool TrustSelfSignedCertificate { get; set; }
}

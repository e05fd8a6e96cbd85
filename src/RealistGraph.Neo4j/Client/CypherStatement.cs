namespace RealistGraph.Neo4j.Client;

/// <summary>A Cypher text and its parameters. Values always travel as parameters, never inside the text.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>())
    {
    }

    /// <summary>The catalog name of the query (e.g. <c>queries/studies/by-ids</c>), for logs.</summary>
    public string? Name { get; init; }
}

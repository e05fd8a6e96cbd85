namespace RealistGraph.Api.Hosting;

/// <summary>Settings of the service itself, bound from the <c>Realist</c> configuration section.</summary>
public sealed class RealistOptions
{
    public const string SectionName = "Realist";

    /// <summary>Load the bundled sample studies at start when the graph holds no study.</summary>
    public bool LoadSamples { get; set; }

    /// <summary>Folder of sample study documents; found by walking up from the content root when empty.</summary>
    public string? SamplesPath { get; set; }

    /// <summary>Report the Cypher round trips of each GraphQL request in the response's <c>extensions</c>.</summary>
    public bool Debug { get; set; }

    /// <summary>Answer <c>__schema</c> and <c>__type</c>, and serve <c>/graphql/schema.graphql</c>. On for local runs, off in the image.</summary>
    public bool Introspection { get; set; }

    /// <summary>Serve GraphiQL at <c>/graphiql</c>. On for local runs, off in the image.</summary>
    public bool GraphiQL { get; set; }
}

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

    public int MaxQueryDepth { get; set; } = 15;

    public int MaxQueryComplexity { get; set; } = 250_000;
}

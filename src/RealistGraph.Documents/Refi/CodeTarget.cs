namespace RealistGraph.Documents.Refi;

internal enum CodeKind
{
    Domain,
    Theme,
    Context,
    Mechanism,
    Outcome,

    /// <summary>A non-codable category that only groups contexts, mechanisms or outcomes.</summary>
    Grouping,
}

/// <summary>What a code became in the study document, and its local id there.</summary>
internal sealed record CodeTarget(CodeKind Kind, string Id, CodeNode Node)
{
    /// <summary>"a theme", "an outcome"...</summary>
    public string KindWithArticle => Kind switch
    {
        CodeKind.Outcome => "an outcome",
        _ => $"a {Kind.ToString().ToLowerInvariant()}",
    };
}

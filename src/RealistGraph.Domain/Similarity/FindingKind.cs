namespace RealistGraph.Domain.Similarity;

/// <summary>The kinds of finding that can be compared and linked; the names are the graph's labels.</summary>
public enum FindingKind
{
    Theme,
    Mechanism,
    Context,
    Outcome,
    CmoConfiguration,
    Intervention,
    Function,
    Activity,
}

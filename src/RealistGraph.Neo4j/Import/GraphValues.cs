using RealistGraph.Domain.Model;

namespace RealistGraph.Neo4j.Import;

/// <summary>How enumerations are stored in the graph: upper-case names, as the GraphQL enums spell them.</summary>
public static class GraphValues
{
    public static string Of(Polarity value) => value.ToString().ToUpperInvariant();

    public static string Of(OutcomeValence value) => value.ToString().ToUpperInvariant();

    public static string Of(Confidence value) => value.ToString().ToUpperInvariant();

    public static string Of(InteractionKind value) => value.ToString().ToUpperInvariant();

    public static string Of(LinkRelation value) => value switch
    {
        LinkRelation.SimilarTo => "SIMILAR_TO",
        _ => value.ToString().ToUpperInvariant(),
    };

    public static T Parse<T>(string stored)
        where T : struct, Enum =>
        Enum.Parse<T>(stored.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
}

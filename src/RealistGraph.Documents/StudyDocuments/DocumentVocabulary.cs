namespace RealistGraph.Documents.StudyDocuments;

/// <summary>The closed sets of values that enumerations take in a study document (always lower case).</summary>
public static class DocumentVocabulary
{
    public static IReadOnlyList<string> Polarities { get; } = ["support", "threat", "mixed"];

    public static IReadOnlyList<string> Valences { get; } = ["positive", "negative", "mixed"];

    public static IReadOnlyList<string> Confidences { get; } = ["low", "moderate", "high"];

    public static IReadOnlyList<string> InteractionKinds { get; } = ["reinforcing", "countering"];

    public static IReadOnlyList<string> LinkRelations { get; } = ["corroborates", "contradicts", "refines", "extends", "similar-to", "addresses"];

    public const int EarliestYear = 1900;
    public const int LatestYear = 2100;
}

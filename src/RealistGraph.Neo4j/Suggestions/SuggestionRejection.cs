namespace RealistGraph.Neo4j.Suggestions;

/// <summary>A suggested link that someone turned down: between which findings, who, why and when.</summary>
public sealed record SuggestionRejection(string FromId, string ToId, string Reason, string Author, DateTimeOffset RejectedAt)
{
    /// <summary>The id of the pair in either order, so that a rejection holds both ways.</summary>
    public static string PairId(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}" : $"{b}|{a}";
}

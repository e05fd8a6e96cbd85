using RealistGraph.Domain.Similarity;

namespace RealistGraph.Application.Analysis.Suggestions;

/// <summary>The indexed fields of a finding and their boosts: names count three times, summaries twice, quotes once.</summary>
internal static class SuggestionFields
{
    public static readonly SuggestionField[] All = [SuggestionField.Name, SuggestionField.Summary, SuggestionField.Quotes];

    public static string Key(SuggestionField field) => field switch
    {
        SuggestionField.Name => "name",
        SuggestionField.Summary => "summary",
        _ => "quotes",
    };

    public static SuggestionField? Parse(string key) => key switch
    {
        "name" => SuggestionField.Name,
        "summary" => SuggestionField.Summary,
        "quotes" => SuggestionField.Quotes,
        _ => null,
    };

    public static float Boost(SuggestionField field) => field switch
    {
        SuggestionField.Name => 3f,
        SuggestionField.Summary => 2f,
        _ => 1f,
    };

    /// <summary>The most characters of a finding's quotes that are indexed: a theme coded to thousands of quotes stays cheap.</summary>
    public const int MaxQuoteCharacters = 20_000;

    public static string Text(FindingText finding, SuggestionField field) => field switch
    {
        SuggestionField.Name => finding.Name,
        SuggestionField.Summary => finding.Summary,
        _ => Bounded(string.Join("\n", finding.Quotes)),
    };

    private static string Bounded(string quotes) => quotes.Length <= MaxQuoteCharacters ? quotes : quotes[..MaxQuoteCharacters];
}

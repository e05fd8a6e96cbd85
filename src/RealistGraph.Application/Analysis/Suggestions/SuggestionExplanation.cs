using System.Globalization;
using RealistGraph.Domain.Similarity;

namespace RealistGraph.Application.Analysis.Suggestions;

/// <summary>A suggestion in words: which words the findings share, in which part of the candidate, and how strong it is.</summary>
internal static class SuggestionExplanation
{
    private const int WordsShown = 5;

    public static string Describe(RankedCandidate ranked, bool opposite)
    {
        var shown = ranked.Matches
            .GroupBy(m => m.Stem, StringComparer.Ordinal)
            .Take(WordsShown)
            .Select(g => $"\"{g.First().Term}\" ({string.Join(", ", g.Select(m => Name(m.Field)).Distinct())}, {Percent(g.Sum(m => m.Weight))})");
        var more = ranked.Matches.Select(m => m.Stem).Distinct(StringComparer.Ordinal).Count() - WordsShown;
        var text = $"Shares {string.Join(", ", shown)}{(more > 0 ? $" and {more} more word{(more == 1 ? "" : "s")}" : "")}; "
            + $"scores {Percent(ranked.Score)} of the finding's match with itself.";
        return opposite ? text + " One is a support and the other a threat: a candidate for CONTRADICTS, not for CORROBORATES." : text;
    }

    private static string Name(SuggestionField field) => field switch
    {
        SuggestionField.Name => "name",
        SuggestionField.Summary => "summary",
        _ => "quotes",
    };

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}

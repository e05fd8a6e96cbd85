namespace RealistGraph.Domain.Search;

/// <summary>A record whose texts contain every word searched for, as the database found it.</summary>
public sealed record SearchCandidate(string Kind, string Id, string? Name, string? Summary, string? Text);

/// <summary>Where a match sits in a field's full text.</summary>
public sealed record TextSpan(int Start, int Length);

/// <summary>One field that matched: a passage of it with each match marked «like this», and the matches' places in the whole field.</summary>
public sealed record SearchHighlight(string Field, string Snippet, IReadOnlyList<TextSpan> Matches);

public sealed record SearchHit(string Kind, string Id, double Score, IReadOnlyList<SearchHighlight> Highlights);

/// <summary>
/// Scores search candidates. A field counts by its weight (name or headline 3, summary or description 2, quote
/// text 1) times how it matched (the whole field equals the phrase 1.0, contains the phrase 0.8, contains every
/// word 0.6, some words 0.3 × the share found). A record scores its best field, plus a little (0.05 × weight) for
/// each other field that matched, divided by 3.2 to stay within 0..1. So a name match ranks above a summary match
/// above a quote, and the phrase above scattered words.
/// </summary>
public static class SearchRanking
{
    public const int SnippetLength = 160;

    private static readonly (string Field, double Weight)[] Fields = [("name", 3), ("summary", 2), ("text", 1)];

    public static IReadOnlyList<SearchHit> Rank(SearchTerms terms, IEnumerable<SearchCandidate> candidates, int first)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Select(c => Score(terms, c))
            .Where(h => h is not null)
            .Select(h => h!)
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Kind, StringComparer.Ordinal)
            .ThenBy(h => h.Id, StringComparer.Ordinal)
            .Take(first)
            .ToList();
    }

    public static SearchHit? Score(SearchTerms terms, SearchCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(candidate);
        var texts = new[] { candidate.Name, candidate.Summary, candidate.Text };
        var scored = new List<(double Value, double Weight)>();
        var highlights = new List<SearchHighlight>();
        for (var i = 0; i < Fields.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(texts[i]) || Match(terms, texts[i]!, allowExact: i == 0) is not { } quality)
            {
                continue;
            }

            scored.Add((Fields[i].Weight * quality, Fields[i].Weight));
            highlights.Add(Highlight(Fields[i].Field, texts[i]!, terms));
        }

        if (scored.Count == 0)
        {
            return null;
        }

        var best = scored.MaxBy(s => s.Value);
        var score = (best.Value + scored.Where(s => s != best).Sum(s => 0.05 * s.Weight)) / 3.2;
        return new SearchHit(candidate.Kind, candidate.Id, Math.Round(Math.Min(score, 1.0), 4), highlights);
    }

    private static double? Match(SearchTerms terms, string text, bool allowExact)
    {
        var lower = Normalize(text);
        if (allowExact && lower == terms.Phrase)
        {
            return 1.0;
        }

        if (lower.Contains(terms.Phrase, StringComparison.Ordinal))
        {
            return 0.8;
        }

        var found = terms.Words.Count(w => lower.Contains(w, StringComparison.Ordinal));
        return found == terms.Words.Count ? 0.6 : found > 0 ? 0.3 * found / terms.Words.Count : null;
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>The matches of the phrase, or else of each word, and a passage around the first with each match marked.</summary>
    public static SearchHighlight Highlight(string field, string text, SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var spans = Find(text, terms.Phrase);
        if (spans.Count == 0)
        {
            spans = Merge(terms.Words.SelectMany(w => Find(text, w)));
        }

        if (spans.Count == 0)
        {
            return new SearchHighlight(field, text.Length <= SnippetLength ? text : text[..SnippetLength] + "…", []);
        }

        var start = Math.Max(0, spans[0].Start - 40);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = Math.Min(text.Length, Math.Max(start + SnippetLength, spans[0].Start + spans[0].Length));
        var builder = new System.Text.StringBuilder(start > 0 ? "…" : "");
        var at = start;
        foreach (var span in spans.Where(s => s.Start >= start && s.Start + s.Length <= end))
        {
            builder.Append(text, at, span.Start - at).Append('«').Append(text, span.Start, span.Length).Append('»');
            at = span.Start + span.Length;
        }

        builder.Append(text, at, end - at).Append(end < text.Length ? "…" : "");
        return new SearchHighlight(field, builder.ToString(), spans);
    }

    private static List<TextSpan> Find(string text, string needle)
    {
        var spans = new List<TextSpan>();
        for (var i = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase); i >= 0 && needle.Length > 0;
             i = text.IndexOf(needle, i + needle.Length, StringComparison.OrdinalIgnoreCase))
        {
            spans.Add(new TextSpan(i, needle.Length));
        }

        return spans;
    }

    private static List<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                merged[^1] = new TextSpan(last.Start, Math.Max(last.Start + last.Length, span.Start + span.Length) - last.Start);
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}

using RealistGraph.Domain.Errors;

namespace RealistGraph.Domain.Search;

/// <summary>
/// What a search looks for: the whole phrase and its words, lower case. Bounded so that a search stays a cheap scan:
/// at most <see cref="MaxLength"/> characters and <see cref="MaxWords"/> words; words of one character are dropped
/// unless nothing else is left.
/// </summary>
public sealed record SearchTerms(string Phrase, IReadOnlyList<string> Words)
{
    public const int MinLength = 2;
    public const int MaxLength = 200;
    public const int MaxWords = 8;

    public static SearchTerms Parse(string? text, string field = "text")
    {
        var phrase = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (phrase.Length < MinLength)
        {
            throw RequestException.Invalid(field, $"give at least {MinLength} characters to search for.");
        }

        if (phrase.Length > MaxLength)
        {
            throw RequestException.Invalid(field, $"at most {MaxLength} characters can be searched for, got {phrase.Length}.");
        }

        var words = phrase.Split(
                [' ', ',', '.', ';', ':', '!', '?', '"', '(', ')', '[', ']', '«', '»', '“', '”', '/'],
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.Trim('\'', '-', '’'))
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var longer = words.Where(w => w.Length > 1).ToList();
        words = longer.Count > 0 ? longer : words;
        if (words.Count == 0)
        {
            throw RequestException.Invalid(field, "has no words to search for.");
        }

        if (words.Count > MaxWords)
        {
            throw RequestException.Invalid(field, $"at most {MaxWords} words can be searched for at once, got {words.Count}.");
        }

        return new SearchTerms(phrase, words);
    }
}

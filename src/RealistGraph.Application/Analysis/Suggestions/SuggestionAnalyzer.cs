using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace RealistGraph.Application.Analysis.Suggestions;

/// <summary>A word of a text as Lucene's English analysis indexes it (<see cref="Term"/>: possessive dropped, lower-cased,
/// Porter-stemmed), with where it stands in the text.</summary>
internal readonly record struct AnalysedWord(string Term, int Start, int End);

/// <summary>
/// Lucene's <see cref="EnglishAnalyzer"/> (standard tokenizer, possessives, lower case, stop words, Porter stemmer) with
/// a fuller stop list than Lucene's default 33 words: interview quotes are full of "I", "we", "really" and "just",
/// which the default keeps.
/// </summary>
internal static class SuggestionAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly string[] StopWords =
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "can't", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during",
        "each", "even", "few", "for", "from", "further", "get", "got", "had", "hadn't", "has", "hasn't", "have", "haven't", "having",
        "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "i", "i'd", "if", "i'll", "i'm", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "i've", "just",
        "let", "let's", "like", "me", "more", "most", "much", "my", "myself", "no", "nor", "not", "now",
        "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "really", "same", "she", "should", "shouldn't", "so", "some", "such",
        "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's", "these", "they",
        "they're", "this", "those", "through", "to", "too", "under", "until", "up", "us",
        "very", "was", "wasn't", "we", "were", "weren't", "we've", "what", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "won't", "would", "wouldn't", "you", "you'd", "you'll", "your", "you're", "yours", "yourself",
        "yourselves", "you've", "kind", "sort", "thing", "things", "lot", "know", "think", "say", "said", "going", "way",
    ];

    public static Analyzer Create() => new EnglishAnalyzer(Version, new CharArraySet(Version, StopWords, ignoreCase: true));

    public static IReadOnlyList<AnalysedWord> Analyse(Analyzer analyzer, string field, string text)
    {
        var words = new List<AnalysedWord>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (value.Length > 1)
            {
                words.Add(new AnalysedWord(value, offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return words;
    }
}

using System.Text;

namespace RealistGraph.Domain.Similarity;

/// <summary>
/// Splits text into index terms: runs of letters and digits, lower-cased, apostrophes dropped inside words
/// ("don't" -> "dont"), single characters and English stop words left out, the rest stemmed.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var terms = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                current.Append(char.ToLowerInvariant(c));
            else if (!IsApostrophe(c) || current.Length == 0)
                Flush(current, terms);
        }

        Flush(current, terms);
        return terms;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static void Flush(StringBuilder current, List<string> terms)
    {
        var word = current.ToString();
        current.Clear();
        if (word.Length > 1 && !StopWords.English.Contains(word))
            terms.Add(SuffixStemmer.Stem(word));
    }
}

namespace RealistGraph.Domain.Similarity;

/// <summary>
/// A light suffix stemmer, so that inflected forms meet (mentor, mentors, mentored, mentoring -> mentor;
/// study, studies -> study; hope, hoped, hoping -> hop). Stems are index keys, not always words.
/// </summary>
internal static class SuffixStemmer
{
    private const int MinStem = 3;

    public static string Stem(string token)
    {
        if (token.Length <= MinStem || !token.All(char.IsLetter))
            return token;

        var word = Plural(token);
        var withoutEnding = Ending(word);
        if (withoutEnding != word)
            return UndoubleConsonant(withoutEnding);

        // A final e goes, so that "hope" meets "hoping" and "approach" meets "approaches".
        return word.Length > MinStem && word[^1] == 'e' ? word[..^1] : word;
    }

    private static string Plural(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
            return word[..^3] + "y";
        if (word.EndsWith("sses", StringComparison.Ordinal))
            return word[..^2];
        if (word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
            return word[..^1];
        return word;
    }

    private static string Ending(string word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= MinStem)
                return word[..^suffix.Length];
        }

        return word;
    }

    // "planned" -> "plann" -> "plan"; l, s and z stay doubled (feel, assess, buzz).
    private static string UndoubleConsonant(string stem) =>
        stem.Length > MinStem && stem[^1] == stem[^2] && !"aeiouylsz".Contains(stem[^1], StringComparison.Ordinal)
            ? stem[..^1]
            : stem;
}

using System.Collections.Frozen;

namespace RealistGraph.Domain.Similarity;

/// <summary>Common English words that carry no topic; contractions appear without their apostrophe, as the tokenizer leaves them.</summary>
internal static class StopWords
{
    public static readonly FrozenSet<string> English = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "cant", "could", "couldnt", "did", "didnt", "do", "does", "doesnt", "doing", "dont", "down", "during",
        "each", "even", "few", "for", "from", "further", "get", "got", "had", "hadnt", "has", "hasnt", "have", "havent", "having",
        "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "i", "id", "if", "ill", "im", "in", "into", "is", "isnt", "it", "its", "itself", "ive", "just",
        "let", "lets", "like", "me", "more", "most", "much", "my", "myself", "no", "nor", "not", "now",
        "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "really", "same", "she", "should", "shouldnt", "so", "some", "such",
        "than", "that", "thats", "the", "their", "theirs", "them", "themselves", "then", "there", "theres", "these", "they",
        "theyre", "this", "those", "through", "to", "too", "under", "until", "up", "us",
        "very", "was", "wasnt", "we", "were", "werent", "weve", "what", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "wont", "would", "wouldnt", "you", "youd", "youll", "your", "youre", "yours", "yourself",
        "yourselves", "youve",
    }.ToFrozenSet(StringComparer.Ordinal);
}

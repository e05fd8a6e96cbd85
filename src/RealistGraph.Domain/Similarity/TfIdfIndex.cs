namespace RealistGraph.Domain.Similarity;

/// <summary>
/// TF-IDF vectors of a fixed set of documents, compared by cosine. Term weight is (1 + ln tf) * idf with the
/// smoothed idf ln((1 + N) / (1 + df)) + 1; vectors are L2-normalised, so a score is a dot product in [0, 1].
/// </summary>
public sealed class TfIdfIndex
{
    /// <summary>How many contributing terms a match reports.</summary>
    public const int TermsPerMatch = 5;

    private readonly Dictionary<string, IndexedDocument> _documents;

    public TfIdfIndex(IEnumerable<SimilarityDocument> documents)
    {
        var tokenized = documents.Select(d => (Document: d, Terms: Tokenizer.Tokenize(d.Text))).ToList();
        var duplicate = tokenized.GroupBy(d => d.Document.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Document id '{duplicate.Key}' appears more than once.", nameof(documents));

        var documentFrequency = tokenized
            .SelectMany(d => d.Terms.Distinct(StringComparer.Ordinal))
            .CountBy(t => t, StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);
        var count = tokenized.Count;

        _documents = tokenized.ToDictionary(
            d => d.Document.Id,
            d => new IndexedDocument(d.Document, Weigh(d.Terms, t => Math.Log((1.0 + count) / (1.0 + documentFrequency[t])) + 1.0)),
            StringComparer.Ordinal);
    }

    public int Count => _documents.Count;

    /// <summary>
    /// The documents of other groups most similar to <paramref name="id"/>: at most <paramref name="top"/>, each scoring
    /// above zero and at least <paramref name="minScore"/>, by score descending and then id (ordinal) on ties.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No document has that id.</exception>
    public IReadOnlyList<SimilarityMatch> MostSimilar(string id, int top, double minScore)
    {
        if (!_documents.TryGetValue(id, out var query))
            throw new KeyNotFoundException($"No document with id '{id}'.");
        if (top <= 0)
            return [];

        return _documents.Values
            .Where(d => !string.Equals(d.Document.Group, query.Document.Group, StringComparison.Ordinal))
            .Select(d => Compare(query, d))
            .Where(m => m.Score > 0 && m.Score >= minScore)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }

    private static SimilarityMatch Compare(IndexedDocument query, IndexedDocument other)
    {
        // Terms are visited in ordinal order, so equal vectors give bit-identical scores and ties stay stable.
        var contributions = query.Terms
            .Where(other.Weights.ContainsKey)
            .Select(t => (Term: t, Weight: query.Weights[t] * other.Weights[t]))
            .ToList();
        var score = Math.Min(1.0, contributions.Sum(c => c.Weight));
        var terms = contributions
            .OrderByDescending(c => c.Weight)
            .ThenBy(c => c.Term, StringComparer.Ordinal)
            .Take(TermsPerMatch)
            .Select(c => c.Term)
            .ToList();
        return new SimilarityMatch(other.Document.Id, other.Document.Group, score, terms);
    }

    private static Dictionary<string, double> Weigh(IReadOnlyList<string> terms, Func<string, double> idf)
    {
        var weights = terms
            .CountBy(t => t, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => (1.0 + Math.Log(c.Value)) * idf(c.Key), StringComparer.Ordinal);
        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        return weights.ToDictionary(w => w.Key, w => w.Value / norm, StringComparer.Ordinal);
    }

    private sealed record IndexedDocument(SimilarityDocument Document, Dictionary<string, double> Weights)
    {
        public IReadOnlyList<string> Terms { get; } = Weights.Keys.Order(StringComparer.Ordinal).ToList();
    }
}

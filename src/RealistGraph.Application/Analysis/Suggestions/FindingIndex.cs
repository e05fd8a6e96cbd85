using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using RealistGraph.Domain.Similarity;

namespace RealistGraph.Application.Analysis.Suggestions;

/// <summary>One shared word behind a suggestion: where it is in the candidate and in the finding, and its share of the score.</summary>
public sealed record SuggestionMatch(
    SuggestionField Field, string Term, string Stem, string Passage, SuggestionField FindingField, string FindingPassage, double Weight);

/// <summary>A finding of another study, its score relative to the finding's own (0 to 1), and the words that matched.</summary>
public sealed record RankedCandidate(FindingText Candidate, double Score, IReadOnlyList<SuggestionMatch> Matches);

/// <summary>
/// An in-memory Lucene index of findings (built per request from the findings in scope), searched "more like this":
/// a finding's own words become the query. Each field is searched with its boost (names 3, summaries 2, quotes 1) and
/// each query word weighs as much as the fields it comes from, so a word shared by two names counts nine times one
/// shared by two quotes. Scores are Lucene's classic TF-IDF (idf, length norms, and coord, which favours candidates
/// that share several words over one repeated coincidence), divided by the geometric mean of the two findings' scores
/// against their own queries, as a cosine divides by the vectors' lengths: so scores of long and short findings compare.
/// </summary>
public sealed partial class FindingIndex : IDisposable
{
    /// <summary>The most words of a finding that make up its query: the rarest it shares with other findings.</summary>
    public const int MaxQueryTerms = 40;

    private readonly Analyzer _analyzer = SuggestionAnalyzer.Create();
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly List<Entry> _entries;
    private readonly Dictionary<string, int> _byId;
    private readonly Dictionary<int, double> _selfScores = [];

    public FindingIndex(IReadOnlyList<FindingText> findings)
    {
        _entries = findings.Select(Analyse).ToList();
        _byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var similarity = new DefaultSimilarity();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(SuggestionAnalyzer.Version, _analyzer) { Similarity = similarity }))
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                if (!_byId.TryAdd(_entries[i].Finding.Id, i))
                {
                    throw new ArgumentException($"Finding '{_entries[i].Finding.Id}' appears more than once.", nameof(findings));
                }

                var document = new Document { new StringField("id", _entries[i].Finding.Id, Field.Store.YES) };
                foreach (var field in SuggestionFields.All)
                {
                    document.Add(new TextField(SuggestionFields.Key(field), SuggestionFields.Text(_entries[i].Finding, field), Field.Store.NO));
                }

                writer.AddDocument(document);
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
    }

    public int Count => _entries.Count;

    public bool Contains(string findingId) => _byId.ContainsKey(findingId);

    /// <summary>
    /// The candidates that <paramref name="admit"/> lets through, most similar to <paramref name="findingId"/> first (then by
    /// id), at most <paramref name="top"/>, each scoring above zero and at least <paramref name="minScore"/>.
    /// </summary>
    public IReadOnlyList<RankedCandidate> Rank(string findingId, Func<FindingText, bool> admit, int top, double minScore)
    {
        var self = _entries[_byId[findingId]];
        var query = QueryFor(self);
        if (query.Clauses.Count == 0)
        {
            return [];
        }

        // Lucene's document numbers are not the order of adding once segments merge: each hit is found by its stored id.
        var hits = _searcher.Search(query, _entries.Count).ScoreDocs
            .Select(h => (Doc: h.Doc, Entry: _byId[_searcher.Doc(h.Doc).Get("id")], Score: (double)h.Score))
            .ToList();
        var own = _byId[findingId];
        var selfScore = SelfScore(own);
        return hits
            .Where(h => h.Entry != own && admit(_entries[h.Entry].Finding))
            .Select(h => (h.Doc, h.Entry, Score: Math.Min(1.0, h.Score / Math.Sqrt(selfScore * SelfScore(h.Entry)))))
            .Where(h => h.Score > 0 && h.Score >= minScore)
            .OrderByDescending(h => h.Score)
            .ThenBy(h => _entries[h.Entry].Finding.Id, StringComparer.Ordinal)
            .Take(top)
            .Select(h => new RankedCandidate(_entries[h.Entry].Finding, Math.Round(h.Score, 4), Explain(query, self, h.Doc, _entries[h.Entry])))
            .ToList();
    }

    /// <summary>A finding's score against its own query: the normaliser, like a vector's length in a cosine.</summary>
    private double SelfScore(int entry)
    {
        if (!_selfScores.TryGetValue(entry, out var score))
        {
            var query = QueryFor(_entries[entry]);
            var doc = _searcher.Search(new TermQuery(new Term("id", _entries[entry].Finding.Id)), 1).ScoreDocs[0].Doc;
            score = query.Clauses.Count == 0 ? double.PositiveInfinity : _searcher.Explain(query, doc).Value;
            _selfScores[entry] = score;
        }

        return score;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private BooleanQuery QueryFor(Entry self)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var field in SuggestionFields.All)
        {
            foreach (var group in self.Words[field].GroupBy(w => w.Term, StringComparer.Ordinal))
            {
                weights[group.Key] = weights.GetValueOrDefault(group.Key) + (SuggestionFields.Boost(field) * (1 + Math.Log(group.Count())));
            }
        }

        var query = new BooleanQuery();
        var chosen = weights
            .Select(w => (Term: w.Key, Weight: w.Value, DocFrequency: DocFrequency(w.Key)))
            .Where(w => w.DocFrequency > 1)
            .OrderByDescending(w => w.Weight * Math.Log(1 + ((double)_entries.Count / w.DocFrequency)))
            .ThenBy(w => w.Term, StringComparer.Ordinal)
            .Take(MaxQueryTerms);
        foreach (var (term, weight, _) in chosen)
        {
            foreach (var field in SuggestionFields.All)
            {
                query.Add(new TermQuery(new Term(SuggestionFields.Key(field), term)) { Boost = (float)weight * SuggestionFields.Boost(field) }, Occur.SHOULD);
            }
        }

        return query;
    }

    private int DocFrequency(string term) => SuggestionFields.All.Max(f => _reader.DocFreq(new Term(SuggestionFields.Key(f), term)));

    /// <summary>Lucene's own explanation of the score, read clause by clause: which word matched in which field, and how much.</summary>
    private List<SuggestionMatch> Explain(Query query, Entry self, int doc, Entry candidate)
    {
        var clauses = new List<(SuggestionField Field, string Stem, double Value)>();
        Collect(_searcher.Explain(query, doc), clauses);
        var total = clauses.Sum(c => c.Value);
        return clauses
            .Where(c => c.Value > 0 && candidate.Words[c.Field].Any(w => w.Term == c.Stem) && SuggestionFields.All.Any(f => self.Words[f].Any(w => w.Term == c.Stem)))
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Stem, StringComparer.Ordinal)
            .Select(c =>
            {
                var word = candidate.Words[c.Field].First(w => w.Term == c.Stem);
                var candidateText = SuggestionFields.Text(candidate.Finding, c.Field);
                var findingField = SuggestionFields.All.First(f => self.Words[f].Any(w => w.Term == c.Stem));
                var findingWord = self.Words[findingField].First(w => w.Term == c.Stem);
                var findingText = SuggestionFields.Text(self.Finding, findingField);
                return new SuggestionMatch(
                    c.Field, candidateText[word.Start..word.End].ToLowerInvariant(), c.Stem, Passages.Around(candidateText, word.Start, word.End),
                    findingField, Passages.Around(findingText, findingWord.Start, findingWord.End), Math.Round(c.Value / total, 4));
            })
            .ToList();
    }

    private static void Collect(Explanation explanation, List<(SuggestionField, string, double)> clauses)
    {
        if (WeightClause().Match(explanation.Description) is { Success: true } m && SuggestionFields.Parse(m.Groups["field"].Value) is { } field)
        {
            clauses.Add((field, m.Groups["term"].Value, explanation.Value));
            return;
        }

        foreach (var detail in explanation.GetDetails() ?? [])
        {
            Collect(detail, clauses);
        }
    }

    private Entry Analyse(FindingText finding) => new(
        finding,
        SuggestionFields.All.ToDictionary(f => f, f => SuggestionAnalyzer.Analyse(_analyzer, SuggestionFields.Key(f), SuggestionFields.Text(finding, f))));

    // Lucene.NET writes a clause as "weight(name:group^3.0 in 12) [DefaultSimilarity], result of:".
    [GeneratedRegex(@"weight\((?<field>[a-z]+):(?<term>[^\s^]+)(\^[0-9.E-]+)? in \d+\)")]
    private static partial Regex WeightClause();

    private sealed record Entry(FindingText Finding, Dictionary<SuggestionField, IReadOnlyList<AnalysedWord>> Words);
}

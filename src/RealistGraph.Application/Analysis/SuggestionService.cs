using RealistGraph.Domain.Errors;
using RealistGraph.Domain.Similarity;
using RealistGraph.Neo4j.Analysis;
using RealistGraph.Neo4j.Links;

namespace RealistGraph.Application.Analysis;

/// <summary>A finding of another study that reads like one of this study's, and the words they share.</summary>
public sealed record LinkSuggestion(string FindingId, string CandidateId, double Score, IReadOnlyList<string> Terms);

/// <summary>
/// Suggests cross-study links for a study's findings by TF-IDF cosine similarity of their names, summaries and
/// quotes. Suggestions are computed on request and never stored: a link exists only once someone makes it.
/// </summary>
public sealed class SuggestionService(AnalysisReader analysis, LinkStore links)
{
    public async Task<IReadOnlyList<LinkSuggestion>> SuggestAsync(string studyId, int top, double minScore, CancellationToken cancellationToken = default)
    {
        if (top is < 1 or > 200)
        {
            throw RequestException.Invalid("top", $"must be between 1 and 200, was {top}.");
        }

        var texts = await analysis.FindingTextsAsync(cancellationToken);
        var own = texts.Where(t => t.StudyId == studyId).ToList();
        if (own.Count == 0)
        {
            return [];
        }

        var index = new TfIdfIndex(texts.Select(t => new SimilarityDocument(t.Id, t.StudyId, FindingText.Compose(t.Name, t.Summary, t.Quotes))));
        var linked = (await links.FindAsync(null, null, null, cancellationToken))
            .SelectMany(l => new[] { (l.FromId, l.ToId), (l.ToId, l.FromId) })
            .ToHashSet();

        return own
            .SelectMany(f => index.MostSimilar(f.Id, top, minScore).Select(m => new LinkSuggestion(f.Id, m.Id, m.Score, m.Terms)))
            .Where(s => !linked.Contains((s.FindingId, s.CandidateId)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.FindingId, StringComparer.Ordinal)
            .ThenBy(s => s.CandidateId, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }
}

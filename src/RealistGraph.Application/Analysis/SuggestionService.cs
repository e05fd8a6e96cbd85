using System.Globalization;
using RealistGraph.Application.Analysis.Suggestions;
using RealistGraph.Application.Links;
using RealistGraph.Domain.Errors;
using RealistGraph.Domain.Model;
using RealistGraph.Domain.Similarity;
using RealistGraph.Neo4j.Links;
using RealistGraph.Neo4j.Suggestions;

namespace RealistGraph.Application.Analysis;

/// <summary>What to suggest links for: exactly one of a study and a finding, the kinds of candidate, how many, how alike.</summary>
public sealed record SuggestionRequest(
    string? StudyId, string? FindingId, IReadOnlyList<FindingKind>? Kinds = null, int Top = 10, double? MinScore = null, bool IncludeContradictions = false);

/// <summary>
/// A finding of another study that reads like the finding asked about: its score (0 to 1, relative to the finding's
/// own), the words they share, an explanation in words, and each match with its passages. <see cref="Opposite"/>: one is
/// a support and the other a threat (only when contradictions were asked for).
/// </summary>
public sealed record LinkSuggestion(
    string Id, string FindingId, FindingKind FindingKind, string CandidateId, FindingKind CandidateKind, double Score, IReadOnlyList<string> Terms, string Explanation,
    IReadOnlyList<SuggestionMatch> Matches, bool Opposite);

/// <summary>
/// Suggests cross-study links with Lucene: the findings in scope are indexed in memory for the request, and each
/// finding's own words search the others (see <see cref="FindingIndex"/>). Pairs already linked or rejected are never
/// suggested, nor a support with a threat unless contradictions are asked for. Suggestions are not stored; accepting one
/// makes a link through <see cref="LinkService"/>, rejecting one stores the rejection.
/// </summary>
public sealed class SuggestionService(SuggestionStore store, LinkService links, TimeProvider clock)
{
    /// <summary>The most findings one request indexes (all studies together); beyond it the request is refused.</summary>
    public const int MaxIndexedFindings = 5_000;

    public const int MaxTop = 200;

    /// <summary>For a study, the most suggestions one finding contributes, so that a few findings do not fill the list.</summary>
    public const int PerFindingInStudy = 3;

    /// <summary>
    /// No threshold by default: scores are shares of the finding's score against itself, and a counterpart that shares one
    /// rare word with a long finding scores about 0.01 (coord and length norms), so any fixed cut hides real ones; top bounds the list.
    /// </summary>
    public const double DefaultMinScore = 0;

    public async Task<IReadOnlyList<LinkSuggestion>> SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken = default)
    {
        var minScore = Validate(request);
        var (sources, rejections) = await store.InputsAsync(cancellationToken);
        if (sources.Count > MaxIndexedFindings)
        {
            throw RequestException.Invalid("suggestedLinks", $"{sources.Count} findings are stored, more than the {MaxIndexedFindings} one request compares.");
        }

        var findings = FindingSource.Resolve(sources);
        var own = await OwnFindingsAsync(request, findings, cancellationToken);
        if (own.Count == 0)
        {
            return [];
        }

        var excluded = (await links.FindAsync(new LinkFilter(), cancellationToken)).Select(l => SuggestionRejection.PairId(l.FromId, l.ToId))
            .Concat(rejections.Select(r => SuggestionRejection.PairId(r.FromId, r.ToId)))
            .ToHashSet(StringComparer.Ordinal);

        using var index = new FindingIndex(findings);
        var perFinding = request.FindingId is null ? Math.Min(PerFindingInStudy, request.Top) : request.Top;
        return own
            .SelectMany(f => index.Rank(f.Id, c => Admits(request, f, c, excluded), perFinding, minScore).Select(c => Suggestion(f, c)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.FindingId, StringComparer.Ordinal)
            .ThenBy(s => s.CandidateId, StringComparer.Ordinal)
            .Take(request.Top)
            .ToList();
    }

    /// <summary>Makes the suggested link, exactly as <c>addLink</c> would (checked, stored and logged by <see cref="LinkService"/>).</summary>
    public Task<FindingLink> AcceptAsync(
        string fromId, string toId, LinkRelation relation, string rationale, string author, CancellationToken cancellationToken = default) =>
        links.AddAsync(fromId, toId, relation, rationale, author, cancellationToken);

    /// <summary>Records that the two findings are not to be suggested as a link again (either way round), logged in both studies.</summary>
    public async Task<SuggestionRejection> RejectAsync(string fromId, string toId, string reason, string author, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw RequestException.Invalid("input.reason", "say why the suggestion is wrong; a rejection without a reason cannot be reviewed.");
        }

        if (string.IsNullOrWhiteSpace(author))
        {
            throw RequestException.Invalid("input.author", "say who rejects the suggestion.");
        }

        var studies = await store.StudiesOfFindingsAsync([fromId, toId], cancellationToken);
        var fromStudy = studies.GetValueOrDefault(fromId) ?? throw RequestException.NotFound("input.fromId", $"no finding '{fromId}'.");
        var toStudy = studies.GetValueOrDefault(toId) ?? throw RequestException.NotFound("input.toId", $"no finding '{toId}'.");
        if (fromStudy == toStudy)
        {
            throw RequestException.Invalid("input.toId", $"'{toId}' is in the same study as '{fromId}'; suggestions join findings of different studies.");
        }

        return await store.RejectAsync(new SuggestionRejection(fromId, toId, reason.Trim(), author.Trim(), clock.GetUtcNow()), cancellationToken);
    }

    private static double Validate(SuggestionRequest request)
    {
        if ((request.StudyId is null) == (request.FindingId is null))
        {
            throw RequestException.Invalid("suggestedLinks", "give exactly one of studyId (suggestions for a study's findings) and findingId (for one finding).");
        }

        if (request.Top is < 1 or > MaxTop)
        {
            throw RequestException.Invalid("top", $"must be between 1 and {MaxTop}, was {request.Top}.");
        }

        if (request.MinScore is < 0 or > 1)
        {
            throw RequestException.Invalid("minScore", $"must be between 0 and 1, was {request.MinScore.Value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return request.MinScore ?? DefaultMinScore;
    }

    private async Task<List<FindingText>> OwnFindingsAsync(SuggestionRequest request, IReadOnlyList<FindingText> findings, CancellationToken cancellationToken)
    {
        if (request.FindingId is { } findingId)
        {
            return [findings.FirstOrDefault(f => f.Id == findingId) ?? throw RequestException.NotFound("findingId", $"no finding '{findingId}'.")];
        }

        var own = findings.Where(f => f.StudyId == request.StudyId).ToList();
        return own.Count > 0 || await store.StudyExistsAsync(request.StudyId!, cancellationToken)
            ? own
            : throw RequestException.NotFound("studyId", $"no study '{request.StudyId}'.");
    }

    private static bool Admits(SuggestionRequest request, FindingText finding, FindingText candidate, HashSet<string> excluded) =>
        candidate.StudyId != finding.StudyId
        && (request.Kinds is null || request.Kinds.Contains(candidate.Kind))
        && (request.IncludeContradictions || !PolarityRule.Opposite(finding.Polarity, candidate.Polarity))
        && !excluded.Contains(SuggestionRejection.PairId(finding.Id, candidate.Id));

    private static LinkSuggestion Suggestion(FindingText finding, RankedCandidate ranked)
    {
        var opposite = PolarityRule.Opposite(finding.Polarity, ranked.Candidate.Polarity);
        var terms = ranked.Matches.Select(m => m.Term).Distinct(StringComparer.Ordinal).ToList();
        return new LinkSuggestion(
            $"{finding.Id}|{ranked.Candidate.Id}", finding.Id, finding.Kind, ranked.Candidate.Id, ranked.Candidate.Kind, ranked.Score, terms,
            SuggestionExplanation.Describe(ranked, opposite), ranked.Matches, opposite);
    }
}

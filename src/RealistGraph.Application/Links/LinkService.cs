using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Domain.Errors;
using RealistGraph.Domain.Links;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Analysis;
using RealistGraph.Neo4j.Links;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Application.Links;

/// <summary>Links between findings of different studies: made by a person, with a reason, and followed at any depth.</summary>
public sealed class LinkService(LinkStore store, AnalysisReader analysis, StudyIdCheck studies, TimeProvider clock)
{
    public const string AnyFinding = "a theme, mechanism, context, outcome, CMO configuration, intervention, function or activity";

    public async Task<FindingLink> AddAsync(
        string fromId, string toId, LinkRelation relation, string rationale, string author, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(rationale))
        {
            throw RequestException.Invalid("input.rationale", "say why the findings are related; a link without a reason cannot be weighed.");
        }

        if (string.IsNullOrWhiteSpace(author))
        {
            throw RequestException.Invalid("input.author", "say who makes the link.");
        }

        var findings = await store.FindingsAsync([fromId, toId], cancellationToken);
        var from = findings.TryGetValue(fromId, out var f) ? f : throw RequestException.NotFound("input.fromId", $"no finding '{fromId}' ({AnyFinding}).");
        var to = findings.TryGetValue(toId, out var t) ? t : throw RequestException.NotFound("input.toId", $"no finding '{toId}' ({AnyFinding}).");
        if (from.StudyId == to.StudyId)
        {
            throw RequestException.Invalid("input.toId", $"'{toId}' is in the same study as '{fromId}'; links join findings of different studies.");
        }

        if (relation == LinkRelation.Addresses && !LinkRelations.CanAddress.Contains(from.Kind))
        {
            throw RequestException.Invalid(
                "input.relation", $"'{fromId}' is a {DocumentValues.Write(from.Kind)}; only an intervention, function or activity addresses a finding of another study.");
        }

        var id = StudyDocumentMapper.LinkId(fromId, toId, relation);
        if (await store.ByEndsAsync(id, fromId, toId, cancellationToken) is not null)
        {
            throw RequestException.Conflict($"'{fromId}' already {DocumentValues.Write(relation)} '{toId}' (link {id}).");
        }

        var link = new FindingLink(id, fromId, toId, relation, rationale.Trim(), author.Trim(), clock.GetUtcNow());
        return await store.CreateAsync(link, cancellationToken)
            ?? throw RequestException.NotFound("input.fromId", "one of the findings was removed while the link was being made.");
    }

    public async Task<FindingLink> RemoveAsync(string id, CancellationToken cancellationToken = default)
    {
        var link = await store.ByIdAsync(id, cancellationToken) ?? throw RequestException.NotFound("id", $"no link '{id}'.");
        return await store.DeleteAsync(link, cancellationToken) ? link : throw RequestException.NotFound("id", $"no link '{id}'.");
    }

    /// <summary>
    /// Links that pass every filter given; <see cref="LinkFilter.Between"/> needs two studies at least, as a link joins two.
    /// A study id that names no study is a NOT_FOUND error naming its argument (findingLinks' names), never an empty list.
    /// </summary>
    public async Task<IReadOnlyList<FindingLink>> FindAsync(LinkFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Between is { Count: < 2 } between)
        {
            throw RequestException.Invalid("between", $"name at least two studies (a link joins two); {between.Count} given. For the links of one study use studyId.");
        }

        var named = new (string Argument, IReadOnlyList<string>? Ids)[]
        {
            ("fromStudyId", filter.FromStudyIds), ("toStudyId", filter.ToStudyIds), ("between", filter.Between), ("studyId", filter.Touching),
        };
        var unknown = await studies.UnknownAsync(named.SelectMany(n => n.Ids ?? []).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        if (named.FirstOrDefault(n => n.Ids?.Intersect(unknown, StringComparer.Ordinal).Any() == true) is { Ids: not null } wrong)
        {
            throw RequestException.NoStudy(wrong.Argument, wrong.Ids.Intersect(unknown, StringComparer.Ordinal));
        }

        return await store.FindAsync(filter, cancellationToken);
    }

    public async Task<IReadOnlyList<LinkHop>> ReachableAsync(string findingId, int depth, CancellationToken cancellationToken = default)
    {
        if (depth is < 1 or > 10)
        {
            throw RequestException.Invalid("depth", $"must be between 1 and 10, was {depth}.");
        }

        var found = await store.FindingsAsync([findingId], cancellationToken);
        return found.Count == 0
            ? throw RequestException.NotFound("id", $"no finding '{findingId}' ({AnyFinding}).")
            : await store.ReachableAsync(findingId, depth, cancellationToken);
    }

    /// <summary>
    /// Findings that recur across at least <paramref name="minStudies"/> studies: joined by same-finding links only,
    /// never across opposite polarity (<see cref="FindingClusters"/>).
    /// </summary>
    public async Task<IReadOnlyList<FindingCluster>> RecurringAsync(int minStudies, IReadOnlyList<FindingKind> kinds, CancellationToken cancellationToken = default)
    {
        if (minStudies < 1)
        {
            throw RequestException.Invalid("minStudies", $"must be at least 1, was {minStudies}.");
        }

        var findings = await analysis.FindingsOfKindAsync(kinds, cancellationToken);
        var links = await store.FindAsync(new LinkFilter(Relations: [LinkRelation.Corroborates, LinkRelation.SimilarTo]), cancellationToken);
        return FindingClusters.Recurring(findings, links, minStudies);
    }
}

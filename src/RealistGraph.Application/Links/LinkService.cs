using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Domain.Errors;
using RealistGraph.Domain.Links;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Analysis;
using RealistGraph.Neo4j.Links;

namespace RealistGraph.Application.Links;

/// <summary>Links between findings of different studies: made by a person, with a reason, and followed at any depth.</summary>
public sealed class LinkService(LinkStore store, AnalysisReader analysis, TimeProvider clock)
{
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

        var findings = await store.StudiesOfFindingsAsync([fromId, toId], cancellationToken);
        var fromStudy = findings.GetValueOrDefault(fromId) ?? throw RequestException.NotFound("input.fromId", $"no theme, mechanism or CMO configuration '{fromId}'.");
        var toStudy = findings.GetValueOrDefault(toId) ?? throw RequestException.NotFound("input.toId", $"no theme, mechanism or CMO configuration '{toId}'.");
        if (fromStudy == toStudy)
        {
            throw RequestException.Invalid("input.toId", $"'{toId}' is in the same study as '{fromId}'; links join findings of different studies.");
        }

        var id = StudyDocumentMapper.LinkId(fromId, toId, relation);
        if (await store.ByIdAsync(id, cancellationToken) is not null)
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

    public Task<IReadOnlyList<FindingLink>> FindAsync(
        IReadOnlyList<string>? fromStudyIds, IReadOnlyList<string>? toStudyIds, IReadOnlyList<LinkRelation>? relations, CancellationToken cancellationToken = default) =>
        store.FindAsync(fromStudyIds, toStudyIds, relations, cancellationToken);

    public async Task<IReadOnlyList<(string FindingId, int Depth)>> ReachableAsync(string findingId, int depth, CancellationToken cancellationToken = default)
    {
        if (depth is < 1 or > 10)
        {
            throw RequestException.Invalid("depth", $"must be between 1 and 10, was {depth}.");
        }

        var found = await store.StudiesOfFindingsAsync([findingId], cancellationToken);
        return found.Count == 0
            ? throw RequestException.NotFound("id", $"no theme, mechanism or CMO configuration '{findingId}'.")
            : await store.ReachableAsync(findingId, depth, cancellationToken);
    }

    /// <summary>Findings that recur across at least <paramref name="minStudies"/> studies, directly or through links.</summary>
    public async Task<IReadOnlyList<FindingCluster>> RecurringAsync(int minStudies, IReadOnlyList<string> kinds, CancellationToken cancellationToken = default)
    {
        if (minStudies < 1)
        {
            throw RequestException.Invalid("minStudies", $"must be at least 1, was {minStudies}.");
        }

        var findings = await analysis.FindingsOfKindAsync(kinds, cancellationToken);
        var links = await store.FindAsync(null, null, null, cancellationToken);
        return FindingClusters.Recurring(findings, links, minStudies);
    }
}

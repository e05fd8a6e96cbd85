using RealistGraph.Domain.Links;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Queries;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Analysis;

namespace RealistGraph.Neo4j.Analysis;

/// <summary>Reads what the cross-study analyses compute from, each in one round trip.</summary>
public sealed class AnalysisReader(IGraphDatabase database)
{
    /// <summary>
    /// The evidence rows, stated interactions and the ids of the studies in scope that exist, in one request.
    /// Null study ids mean every study.
    /// </summary>
    public async Task<CogInputs> CogInputsAsync(
        IReadOnlyList<string>? studyIds, string? participantId, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?> { ["studyIds"] = studyIds, ["participantId"] = participantId };
        var results = await database.RunAsync(
            [
                QueryCatalog.Embedded.Statement(Q.CogEvidence, parameters),
                QueryCatalog.Embedded.Statement(Q.StatedInteractions, parameters),
                QueryCatalog.Embedded.Statement(Q.StudiesInScope, parameters),
            ],
            cancellationToken);
        var evidence = results[0].Records.Select(r => new EvidenceRow(
            r.GetString("domainId"), r.GetString("domainName"), r.GetString("canonicalDomain"), r.GetString("studyId"),
            r.GetString("themeId"), GraphValues.Parse<Polarity>(r.GetString("themePolarity")), r.GetNullableString("quoteId"),
            r.GetNullableString("quotePolarity") is { } p ? GraphValues.Parse<Polarity>(p) : null, r.GetNullableString("participantId"))).ToList();
        var stated = results[1].Records.Select(r => new StatedInteractionRow(
            r.GetString("studyId"), r.GetString("fromDomainId"), r.GetString("fromName"), r.GetString("fromCanonical"),
            r.GetString("toDomainId"), r.GetString("toName"), r.GetString("toCanonical"), GraphValues.Parse<InteractionKind>(r.GetString("kind")), r.GetString("description"))).ToList();
        var studies = results[2].Records.Select(r => r.GetString("id")).ToList();
        return new CogInputs(evidence, stated, studies);
    }

    public async Task<string?> StudyOfParticipantAsync(string participantId, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(QueryCatalog.Embedded.Statement(Q.ParticipantStudy, new Dictionary<string, object?> { ["participantId"] = participantId }), cancellationToken))
        .SingleOrDefault()?.GetString("studyId");

    /// <summary>Findings of the given kinds with their study and polarity (see <see cref="FindingClusters.PolarityOf"/>).</summary>
    public async Task<IReadOnlyList<ClusterFinding>> FindingsOfKindAsync(
        IReadOnlyList<FindingKind> kinds, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(
            QueryCatalog.Embedded.Statement(Q.FindingsOfKind, new Dictionary<string, object?> { ["kinds"] = kinds.Select(k => k.ToString()).ToList() }),
            cancellationToken)).Records
        .Select(r => new ClusterFinding(
            r.GetString("id"), r.GetString("studyId"),
            FindingClusters.PolarityOf(
                r.GetNullableString("polarity") is { } p ? GraphValues.Parse<Polarity>(p) : null,
                r.GetNullableString("valence") is { } v ? GraphValues.Parse<OutcomeValence>(v) : null)))
        .ToList();
}

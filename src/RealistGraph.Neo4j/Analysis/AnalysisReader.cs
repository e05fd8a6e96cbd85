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
    /// The themes in scope, the quotes counted per domain (and per canonical domain when <paramref name="byCanonical"/>),
    /// the stated interactions and the ids of the studies in scope that exist, in one request. Null study ids mean
    /// every study; a participant narrows the evidence to their quotes in their one study (<paramref name="studyIds"/>).
    /// Each filter combination has its own query, so that Neo4j plans an index seek for it.
    /// </summary>
    public async Task<CogInputs> CogInputsAsync(
        IReadOnlyList<string>? studyIds, string? participantId, bool byCanonical, CancellationToken cancellationToken = default)
    {
        var statements = new List<CypherStatement>();
        if (participantId is not null)
        {
            var study = studyIds is [var only] ? only : throw new ArgumentException("A participant's cogs are read in the participant's one study.", nameof(studyIds));
            var parameters = new Dictionary<string, object?> { ["studyId"] = study, ["participantId"] = participantId };
            statements.Add(Statement(Q.CogThemesOfParticipant, parameters));
            statements.Add(Statement(Q.CogTalliesOfParticipant, parameters));
            byCanonical = false;
        }
        else
        {
            var all = studyIds is null;
            statements.Add(Statement(all ? Q.CogThemesOfAllStudies : Q.CogThemesOfStudies, new() { ["studyIds"] = studyIds }));
            var tallies = all ? Q.CogTalliesOfAllStudies : Q.CogTalliesOfStudies;
            statements.Add(Statement(tallies, new() { ["studyIds"] = studyIds, ["byCanonical"] = false }));
            if (byCanonical)
            {
                statements.Add(Statement(tallies, new() { ["studyIds"] = studyIds, ["byCanonical"] = true }));
            }
        }

        var scope = new Dictionary<string, object?> { ["studyIds"] = studyIds };
        statements.Add(Statement(studyIds is null ? Q.StatedInteractionsOfAllStudies : Q.StatedInteractionsOfStudies, scope));
        statements.Add(Statement(studyIds is null ? Q.AllStudyIds : Q.StudiesInScope, scope));

        var results = await database.RunAsync(statements, cancellationToken);
        var themes = results[0].Records.Select(r => new ThemeRow(
            r.GetString("studyId"), r.GetString("domainId"), r.GetString("domainName"), r.GetString("canonicalDomain"),
            r.GetString("themeId"), GraphValues.Parse<Polarity>(r.GetString("themePolarity")), r.GetBoolean("quoted"))).ToList();
        var byDomain = Tallies(results[1]);
        var canonical = byCanonical ? Tallies(results[2]) : null;
        var stated = results[^2].Records.Select(r => new StatedInteractionRow(
            r.GetString("studyId"), r.GetString("fromDomainId"), r.GetString("fromName"), r.GetString("fromCanonical"),
            r.GetString("toDomainId"), r.GetString("toName"), r.GetString("toCanonical"), GraphValues.Parse<InteractionKind>(r.GetString("kind")), r.GetString("description"))).ToList();
        var studies = results[^1].Records.Select(r => r.GetString("id")).ToList();
        return new CogInputs(themes, byDomain, canonical, stated, studies);
    }

    private static CypherStatement Statement(string query, Dictionary<string, object?> parameters) =>
        QueryCatalog.Embedded.Statement(query, parameters);

    private static List<TallyRow> Tallies(CypherResult result) =>
        result.Records.Select(r => new TallyRow(
            r.GetString("studyId"), r.GetString("domainKey"), r.GetNullableString("participantId") is { Length: > 0 } p ? p : null,
            (int)r.GetInt64("supports"), (int)r.GetInt64("threats"), (int)r.GetInt64("units"))).ToList();

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

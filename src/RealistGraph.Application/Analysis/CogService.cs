using RealistGraph.Domain.Cogs;
using RealistGraph.Domain.Errors;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Analysis;

namespace RealistGraph.Application.Analysis;

/// <summary>
/// The cogs of a scope, with the domain each cog stands for. <see cref="StudyId"/> is set when the model covers
/// one study; <see cref="ByStudy"/> holds each study's own model (in its own domains) for side-by-side views;
/// <see cref="Notes"/> are the calculator's notes plus those about the scope (studies with nothing to count).
/// </summary>
public sealed record CogModelResult(
    CogModel Model,
    IReadOnlyDictionary<string, StudyDomain> Domains,
    bool Pooled,
    string? StudyId,
    IReadOnlyList<CogModelResult> ByStudy,
    IReadOnlyList<string> Notes);

/// <summary>
/// Computes the cogs model for one study, several studies pooled through their canonical domains, or one
/// participant: one round trip fetches the themes and the quotes counted in Cypher, the arithmetic is <see cref="CogCalculator"/>'s.
/// An unknown study or participant id is a NOT_FOUND error, never an empty model.
/// </summary>
public sealed class CogService(AnalysisReader reader)
{
    /// <summary>The id prefix of the domains that stand for a canonical domain when studies are pooled.</summary>
    public const string CanonicalPrefix = "canonical/";

    public async Task<CogModelResult> ComputeAsync(IReadOnlyList<string>? studyIds, string? participantId, CancellationToken cancellationToken = default)
    {
        if (studyIds is { Count: 0 })
        {
            studyIds = null;
        }

        if (participantId is not null)
        {
            var study = await reader.StudyOfParticipantAsync(participantId, cancellationToken)
                ?? throw RequestException.NotFound("participantId", $"no participant '{participantId}'.");
            if (studyIds is not null && !studyIds.Contains(study))
            {
                throw RequestException.Invalid("participantId", $"participant '{participantId}' belongs to study '{study}', which is not among studyIds.");
            }

            studyIds = [study];
        }

        var scope = studyIds?.Distinct(StringComparer.Ordinal).ToList();
        var mayPool = participantId is null && (scope is null || scope.Count > 1);
        var inputs = await reader.CogInputsAsync(scope, participantId, mayPool, cancellationToken);
        ThrowOnUnknown(studyIds, inputs.StudyIds);

        var themes = inputs.Themes;
        var pooled = themes.Select(e => e.StudyId).Distinct().Count() > 1 || scope?.Count > 1;
        var studiesInScope = themes.Select(e => e.StudyId).Concat(inputs.StudyIds).Distinct(StringComparer.Ordinal).ToList();
        var byStudy = studiesInScope
            .Select(id => Build(
                themes.Where(e => e.StudyId == id).ToList(), inputs.ByDomain.Where(t => t.StudyId == id).ToList(),
                inputs.Stated.Where(s => s.StudyId == id).ToList(), false, id, [], EmptyNotes([id], themes)))
            .ToList();
        var single = studiesInScope.Count == 1 ? studiesInScope[0] : null;
        var tallies = pooled ? inputs.ByCanonical ?? throw new InvalidOperationException("Pooled cogs need the quotes counted per canonical domain.") : inputs.ByDomain;
        return Build(themes, tallies, inputs.Stated, pooled, single, byStudy, EmptyNotes(studiesInScope, themes));
    }

    /// <summary>Participants with a threat in one canonical domain and a support in another (question 4 of the primer).</summary>
    public async Task<IReadOnlyList<ParticipantCrossing>> CounterRotatingAsync(
        string threatDomain, string supportDomain, IReadOnlyList<string>? studyIds, CancellationToken cancellationToken = default)
    {
        studyIds = studyIds is { Count: > 0 } ? studyIds : null;
        var inputs = await reader.CogInputsAsync(studyIds, null, byCanonical: true, cancellationToken);
        ThrowOnUnknown(studyIds, inputs.StudyIds);
        return CounterRotation.Find(
            inputs.ByCanonical!.Select(t => new CogTally(t.DomainKey, t.ParticipantId, t.Supports, t.Threats, t.Units, t.StudyId)).ToList(),
            Canonical(threatDomain),
            Canonical(supportDomain));
    }

    /// <summary>Canonical domain names are stored lower case; an argument in any case names the same domain.</summary>
    public static string Canonical(string name) => name.Trim().ToLowerInvariant();

    private static void ThrowOnUnknown(IReadOnlyList<string>? requested, IReadOnlyList<string> found)
    {
        var unknown = (requested ?? []).Except(found, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw RequestException.NoStudy("studyIds", unknown);
        }
    }

    // A study in scope without a theme (or, for a participant, without their quotes) adds nothing; say so.
    private static List<string> EmptyNotes(IReadOnlyList<string> studies, IReadOnlyList<ThemeRow> evidence) =>
        studies
            .Where(id => !evidence.Any(e => e.StudyId == id))
            .Select(id => $"Nothing to count: {id} has no themes in scope, so it adds nothing to the cogs.")
            .ToList();

    private static CogModelResult Build(
        IReadOnlyList<ThemeRow> evidence,
        IReadOnlyList<TallyRow> tallies,
        IReadOnlyList<StatedInteractionRow> stated,
        bool pooled,
        string? studyId,
        IReadOnlyList<CogModelResult> byStudy,
        IReadOnlyList<string> scopeNotes)
    {
        string Key(string domainId, string canonical) => pooled ? CanonicalPrefix + canonical : domainId;

        var model = CogCalculator.Compute(
            evidence.Select(e => new CogTheme(Key(e.DomainId, e.CanonicalDomain), pooled ? e.CanonicalDomain : e.DomainName, e.ThemeId,
                e.ThemePolarity, e.Quoted, e.StudyId)).ToList(),
            tallies.Select(t => new CogTally(pooled ? CanonicalPrefix + t.DomainKey : t.DomainKey, t.ParticipantId, t.Supports, t.Threats, t.Units, t.StudyId)).ToList(),
            stated.Select(s => new StatedInteraction(Key(s.FromDomainId, s.FromCanonical), Key(s.ToDomainId, s.ToCanonical), s.Kind, s.Description, s.StudyId)));

        var domains = evidence
            .GroupBy(e => Key(e.DomainId, e.CanonicalDomain), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => pooled
                    ? new StudyDomain(g.Key, "", g.First().CanonicalDomain, g.First().CanonicalDomain, $"Pooled over {g.Select(e => e.StudyId).Distinct().Count()} studies")
                    : new StudyDomain(g.Key, g.First().StudyId, g.First().DomainName, g.First().CanonicalDomain, null),
                StringComparer.Ordinal);
        foreach (var s in stated)
        {
            domains.TryAdd(Key(s.FromDomainId, s.FromCanonical), StatedDomain(Key(s.FromDomainId, s.FromCanonical), s.StudyId, s.FromName, s.FromCanonical));
            domains.TryAdd(Key(s.ToDomainId, s.ToCanonical), StatedDomain(Key(s.ToDomainId, s.ToCanonical), s.StudyId, s.ToName, s.ToCanonical));
        }

        return new CogModelResult(model, domains, pooled, studyId, byStudy, [.. model.Notes, .. scopeNotes]);

        // A domain named only by a stated interaction (no evidence in scope): its study's name, or the canonical one when pooled.
        StudyDomain StatedDomain(string key, string study, string name, string canonical) =>
            pooled ? new StudyDomain(key, "", canonical, canonical, null) : new StudyDomain(key, study, name, canonical, null);
    }
}

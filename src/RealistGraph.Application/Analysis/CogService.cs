using RealistGraph.Domain.Cogs;
using RealistGraph.Domain.Errors;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Analysis;

namespace RealistGraph.Application.Analysis;

/// <summary>The cogs of a scope, with the domain each cog stands for.</summary>
public sealed record CogModelResult(CogModel Model, IReadOnlyDictionary<string, StudyDomain> Domains, bool Pooled);

/// <summary>
/// Computes the cogs model for one study, several studies pooled through their canonical domains, or one
/// participant: one round trip fetches the evidence, the arithmetic is <see cref="CogCalculator"/>'s.
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

        var (evidence, stated) = await reader.CogInputsAsync(studyIds, participantId, cancellationToken);
        var pooled = evidence.Select(e => e.StudyId).Distinct().Count() > 1 || studyIds is { Count: > 1 };
        string Key(string domainId, string canonical) => pooled ? CanonicalPrefix + canonical : domainId;

        var model = CogCalculator.Compute(
            evidence.Select(e => new CogEvidence(Key(e.DomainId, e.CanonicalDomain), pooled ? e.CanonicalDomain : e.DomainName, e.ThemeId,
                e.ThemePolarity, e.QuoteId, e.QuotePolarity, e.ParticipantId)),
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

        return new CogModelResult(model, domains, pooled);

        // A domain named only by a stated interaction (no evidence in scope): its study's name, or the canonical one when pooled.
        StudyDomain StatedDomain(string key, string studyId, string name, string canonical) =>
            pooled ? new StudyDomain(key, "", canonical, canonical, null) : new StudyDomain(key, studyId, name, canonical, null);
    }

    /// <summary>Participants with a threat in one canonical domain and a support in another (question 4 of the primer).</summary>
    public async Task<IReadOnlyList<ParticipantCrossing>> CounterRotatingAsync(
        string threatDomain, string supportDomain, IReadOnlyList<string>? studyIds, CancellationToken cancellationToken = default)
    {
        var (evidence, _) = await reader.CogInputsAsync(studyIds is { Count: > 0 } ? studyIds : null, null, cancellationToken);
        return CounterRotation.Find(
            evidence.Select(e => new CogEvidence(e.CanonicalDomain, e.CanonicalDomain, e.ThemeId, e.ThemePolarity, e.QuoteId, e.QuotePolarity, e.ParticipantId)),
            threatDomain,
            supportDomain);
    }
}

namespace RealistGraph.Domain.Model;

/// <summary>
/// Everything the graph holds for one study, with global ids: what an import writes and an export reads.
/// Lists keep the order of the study's own document, so that an export reproduces it.
/// </summary>
public sealed record StudyGraph(
    Study Study,
    IReadOnlyList<Intervention> Interventions,
    IReadOnlyList<InterventionFunction> Functions,
    IReadOnlyList<Activity> Activities,
    IReadOnlyList<StudyDomain> Domains,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Context> Contexts,
    IReadOnlyList<Mechanism> Mechanisms,
    IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<CmoConfiguration> CmoConfigurations,
    IReadOnlyList<DomainInteraction> Interactions,
    IReadOnlyList<Edge> Edges,
    IReadOnlyList<FindingLink> Links);

/// <summary>The kinds of node a quote can evidence, or a CMO configuration can involve.</summary>
public enum NodeKind
{
    Theme,
    Mechanism,
    CmoConfiguration,
    Function,
    Activity,
}

public enum EdgeKind
{
    /// <summary>Quote → theme, mechanism, CMO configuration, function or activity.</summary>
    Evidences,

    /// <summary>CMO configuration → theme, function or activity.</summary>
    Involves,

    /// <summary>Function → activity.</summary>
    EnactedBy,
}

/// <summary>A relationship inside one study whose target can be of several kinds.</summary>
public sealed record Edge(EdgeKind Kind, string FromId, string ToId, NodeKind ToKind);

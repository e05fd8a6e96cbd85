namespace RealistGraph.Domain.Model;

/// <summary>How one finding relates to a finding of another study (stored upper case, SIMILAR_TO with its underscore).</summary>
public enum LinkRelation
{
    /// <summary>Both studies found the same thing: it counts as one recurring finding.</summary>
    Corroborates,

    /// <summary>The studies found opposite things.</summary>
    Contradicts,

    /// <summary>The first finding narrows or qualifies the second.</summary>
    Refines,

    /// <summary>The first finding carries the second further (to another setting, group or level).</summary>
    Extends,

    /// <summary>The findings resemble each other closely enough to count as one recurring finding.</summary>
    SimilarTo,

    /// <summary>An intervention, function or activity of one study acts on a finding (often a threat) of another.</summary>
    Addresses,
}

/// <summary>The kinds of finding a link can start or end at; each is a node label in the graph.</summary>
public enum FindingKind
{
    Theme,
    Mechanism,
    Context,
    Outcome,
    CmoConfiguration,
    Intervention,
    Function,
    Activity,
}

/// <summary>A typed, justified relation between findings of any kind of two different studies.</summary>
public sealed record FindingLink(
    string Id,
    string FromId,
    string ToId,
    LinkRelation Relation,
    string Rationale,
    string Author,
    DateTimeOffset CreatedAt);

/// <summary>What the relations mean, for the rules that depend on them.</summary>
public static class LinkRelations
{
    /// <summary>Relations that say two findings are the same finding: only these make findings recur together.</summary>
    public static bool MeansSameFinding(LinkRelation relation) => relation is LinkRelation.Corroborates or LinkRelation.SimilarTo;

    /// <summary>The kinds that can address a finding of another study: what an intervention is and does.</summary>
    public static IReadOnlyList<FindingKind> CanAddress { get; } = [FindingKind.Intervention, FindingKind.Function, FindingKind.Activity];
}

namespace RealistGraph.Domain.Model;

public enum LinkRelation
{
    Corroborates,
    Contradicts,
    Refines,
    SimilarTo,
}

/// <summary>A typed, justified relation between findings (themes, mechanisms, CMO configurations) of different studies.</summary>
public sealed record FindingLink(
    string Id,
    string FromId,
    string ToId,
    LinkRelation Relation,
    string Rationale,
    string Author,
    DateTimeOffset CreatedAt);

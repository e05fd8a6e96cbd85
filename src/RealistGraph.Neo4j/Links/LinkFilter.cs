using RealistGraph.Domain.Model;

namespace RealistGraph.Neo4j.Links;

/// <summary>
/// Which links to list; null filters are unused and the others must all hold. <see cref="Between"/> keeps links joining
/// two of its studies in either direction; <see cref="Touching"/> keeps links with an end in one of its studies.
/// </summary>
public sealed record LinkFilter(
    IReadOnlyList<string>? FromStudyIds = null,
    IReadOnlyList<string>? ToStudyIds = null,
    IReadOnlyList<string>? Between = null,
    IReadOnlyList<string>? Touching = null,
    IReadOnlyList<LinkRelation>? Relations = null);

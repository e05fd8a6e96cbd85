using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Similarity;

/// <summary>
/// What a finding is compared by: its name, its summary (description, resource, reasoning or statement) and the text
/// of the quotes that evidence it, with its kind and the way it pushes (<see cref="Polarity"/>; null when it has none
/// or it is mixed).
/// </summary>
public sealed record FindingText(
    string Id, string StudyId, FindingKind Kind, string Name, string Summary, IReadOnlyList<string> Quotes, Polarity? Polarity);

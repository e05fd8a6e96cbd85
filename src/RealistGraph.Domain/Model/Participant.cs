namespace RealistGraph.Domain.Model;

/// <summary>A person whose words are quoted, identified the way the study labels them (e.g. <c>96-F</c>).</summary>
public sealed record Participant(
    string Id,
    string StudyId,
    string Label,
    string? Site,
    IReadOnlyDictionary<string, string> Attributes);

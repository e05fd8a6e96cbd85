namespace RealistGraph.Domain.Model;

public sealed record Theme(
    string Id,
    string StudyId,
    string DomainId,
    string? Code,
    string Name,
    string? Summary,
    Polarity Polarity,
    string? ParentThemeId);

namespace RealistGraph.Domain.Model;

/// <summary>
/// A coded excerpt. <see cref="Polarity"/> is set only when the quote pushes the other way from its theme
/// (a support voiced inside a mostly-threat theme, or the reverse).
/// </summary>
public sealed record Quote(
    string Id,
    string StudyId,
    string? ParticipantId,
    string Text,
    string? Location,
    Polarity? Polarity);

namespace RealistGraph.Domain.Model;

public sealed record Intervention(string Id, string StudyId, string Name, string? Description);

/// <summary>What an intervention must do (its essential function), as opposed to the activities that do it.</summary>
public sealed record InterventionFunction(string Id, string StudyId, string InterventionId, string Name, string? Description);

/// <summary>A concrete form an intervention takes; it may enact several functions.</summary>
public sealed record Activity(string Id, string StudyId, string InterventionId, string Name, string? Description);

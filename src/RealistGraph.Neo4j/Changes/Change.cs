namespace RealistGraph.Neo4j.Changes;

/// <summary>One entry of a study's append-only change log. <see cref="At"/> is ISO 8601 UTC.</summary>
public sealed record Change(string Id, string StudyId, string At, string Actor, string Action, string Target, string Summary);

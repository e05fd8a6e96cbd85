namespace RealistGraph.Neo4j.Mutations;

/// <summary>A node a write refers to, as stored: the study it belongs to and its labels.</summary>
public sealed record StoredNode(string StudyId, IReadOnlyList<string> Labels);

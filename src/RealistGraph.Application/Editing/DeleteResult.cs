namespace RealistGraph.Application.Editing;

/// <summary>What a delete removed, and which nodes lost an optional reference to it.</summary>
public sealed record DeleteResult(string Id, string Kind, int RemovedNodes, IReadOnlyList<string> ClearedReferences);

namespace RealistGraph.Domain.Similarity;

/// <summary>A text to compare, e.g. a finding's name, summary and quotes; <see cref="Group"/> is its study id.</summary>
public sealed record SimilarityDocument(string Id, string Group, string Text);

namespace RealistGraph.Domain.Similarity;

/// <summary>
/// A document of another group that resembles the one asked about: its cosine <see cref="Score"/> in (0, 1],
/// and the shared (stemmed) terms that contribute most to it, largest first.
/// </summary>
public sealed record SimilarityMatch(string Id, string Group, double Score, IReadOnlyList<string> Terms);

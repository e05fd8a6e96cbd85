using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Links;

/// <summary>
/// One finding reached by following links: how many links away it is, the finding it was reached from, and the link
/// followed (outgoing when that link starts at the finding it was reached from, incoming when it ends there).
/// </summary>
public sealed record LinkHop(string FindingId, int Depth, string ViaId, FindingLink Link, bool Outgoing);

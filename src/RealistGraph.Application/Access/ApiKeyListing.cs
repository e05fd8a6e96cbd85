namespace RealistGraph.Application.Access;

/// <summary>What <c>keys list</c> shows of a key: never the key or its hash.</summary>
public sealed record ApiKeyListing(string Name, string Role, string Prefix, string CreatedAt, string? RevokedAt);

namespace RealistGraph.Neo4j.Access;

/// <summary>
/// One API key as stored: never the key itself, only a lookup prefix and a salted SHA-256 of it.
/// Times are ISO 8601 UTC strings; <see cref="RevokedAt"/> is null while the key is valid.
/// </summary>
public sealed record StoredApiKey(string Name, string Role, string Prefix, string Salt, string Hash, string CreatedAt, string? RevokedAt);

namespace RealistGraph.Application.Access;

/// <summary>A new key: <see cref="Key"/> is shown once and never stored.</summary>
public sealed record CreatedApiKey(string Name, Role Role, string Key);

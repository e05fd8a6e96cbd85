namespace RealistGraph.Application.Access;

/// <summary>The holder of a valid key: its name (recorded as the actor of its changes) and role.</summary>
public sealed record ApiKeyIdentity(string Name, Role Role);

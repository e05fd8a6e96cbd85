namespace RealistGraph.Application.Access;

/// <summary>
/// How long a key checked against the graph is trusted without asking again. A revocation takes effect at once in
/// the process that made it and within this time in every other replica.
/// </summary>
public sealed record ApiKeySettings(TimeSpan CacheFor)
{
    public static ApiKeySettings Default { get; } = new(TimeSpan.FromSeconds(30));
}

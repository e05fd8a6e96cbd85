namespace RealistGraph.Api.GraphQL.Limits;

/// <summary>
/// How much one GraphQL request may ask for, bound from <c>Realist:Limits</c>. Each refusal names the setting
/// (<see cref="SettingName"/>) and its value, so a client knows what it ran into and an operator what to change.
/// </summary>
public sealed class RequestLimits
{
    public const string SectionName = "Realist:Limits";

    /// <summary>Fields × list sizes, computed before execution (<see cref="QueryCostRule"/>).</summary>
    public int MaxQueryCost { get; set; } = 200_000;

    /// <summary>How deep a selection may nest (introspection not counted).</summary>
    public int MaxQueryDepth { get; set; } = 15;

    /// <summary>The size a list without a <c>first</c> argument is assumed to have (a theme's quotes, a quote's themes).</summary>
    public int UnpagedListSize { get; set; } = 20;

    public int MaxAliases { get; set; } = 30;

    /// <summary>How often one field may be asked for in one selection set (under any alias).</summary>
    public int MaxFieldRepeats { get; set; } = 10;

    public int MaxDirectives { get; set; } = 20;

    /// <summary>Errors returned in one response; the rest are summed up in one last error.</summary>
    public int MaxErrors { get; set; } = 20;

    /// <summary>Characters of the query document itself (variables not counted).</summary>
    public int MaxQueryLength { get; set; } = 20_000;

    /// <summary>Characters of short texts: names, titles, codes, labels, ids.</summary>
    public int MaxNameLength { get; set; } = 500;

    /// <summary>Characters of long texts: quote texts, summaries, descriptions, statements, rationales.</summary>
    public int MaxTextLength { get; set; } = 20_000;

    /// <summary>Characters of a study document sent to <c>importStudy</c>.</summary>
    public int MaxDocumentLength { get; set; } = 16_000_000;

    public double ExecutionTimeoutSeconds { get; set; } = 30;

    public int MaxResponseBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Validated documents kept for requests that send the same text again (0: none are kept).</summary>
    public int DocumentCacheEntries { get; set; } = 500;

    /// <summary>Characters of query text the cached documents may add up to (their parsed form takes about ten times as many bytes).</summary>
    public long DocumentCacheCharacters { get; set; } = 500_000;

    public static string SettingName(string property) => $"Realist:Limits:{property}";
}

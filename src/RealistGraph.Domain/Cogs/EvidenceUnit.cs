namespace RealistGraph.Domain.Cogs;

/// <summary>
/// The grain of evidence a study contributes, and what a model counts: quotes where a study has any in scope,
/// otherwise its themes; MIXED when pooled studies differ.
/// </summary>
public enum EvidenceUnit
{
    Quotes,
    Themes,
    Mixed,
}

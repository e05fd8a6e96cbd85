namespace RealistGraph.Domain.Cogs;

/// <summary>What a cog counts: quotes when the evidence holds any, otherwise themes.</summary>
public enum EvidenceUnit
{
    Quotes,
    Themes,
}

namespace RealistGraph.Domain.Cogs;

/// <summary>Which way a cog turns: the sign of its balance of supports over threats.</summary>
public enum Rotation
{
    Positive,
    Negative,
    Still,
}

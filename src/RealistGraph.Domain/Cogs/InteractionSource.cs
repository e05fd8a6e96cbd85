namespace RealistGraph.Domain.Cogs;

/// <summary>Whether an interaction between cogs is stated by the authors or observed in participants' quotes.</summary>
public enum InteractionSource
{
    Stated,
    Observed,
}

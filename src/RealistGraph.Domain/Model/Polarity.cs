namespace RealistGraph.Domain.Model;

/// <summary>Which way a finding pushes: towards the outcome (support), against it (threat), or both.</summary>
public enum Polarity
{
    Support,
    Threat,
    Mixed,
}

using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Similarity;

/// <summary>
/// Which way a finding pushes, for the rule that suggestions never join a support and a threat unless contradictions
/// are asked for. A theme pushes as its polarity says; an outcome as its valence (positive: support, negative: threat);
/// a CMO configuration as its outcome; a mechanism or a context as the configurations it takes part in, when they all
/// agree. Interventions, functions and activities are means, not findings with a direction: they may address a threat,
/// so they never oppose anything. Mixed polarity opposes nothing.
/// </summary>
public static class PolarityRule
{
    public static bool Opposite(Polarity? a, Polarity? b) =>
        (a, b) is (Polarity.Support, Polarity.Threat) or (Polarity.Threat, Polarity.Support);

    public static Polarity? OfValence(OutcomeValence? valence) => valence switch
    {
        OutcomeValence.Positive => Polarity.Support,
        OutcomeValence.Negative => Polarity.Threat,
        _ => null,
    };

    /// <summary>The one polarity that all of <paramref name="polarities"/> share; null when they are none, mixed or disagree.</summary>
    public static Polarity? Agreed(IEnumerable<Polarity?> polarities)
    {
        var distinct = polarities.Distinct().ToList();
        return distinct is [{ } one] && one != Polarity.Mixed ? one : null;
    }
}

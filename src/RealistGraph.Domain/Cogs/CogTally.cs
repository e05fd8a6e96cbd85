namespace RealistGraph.Domain.Cogs;

/// <summary>
/// Quotes counted in one domain key for one participant of one study (<see cref="ParticipantId"/> null: quotes
/// without a participant): how many units, and how many of them support or threaten. A quote coded to several themes
/// of the key is one unit, with its own polarity, else its themes' when they agree, else mixed (the graph counts these
/// in Cypher; <see cref="EvidenceCounter"/> counts them from rows the same way).
/// </summary>
public sealed record CogTally(string DomainKey, string? ParticipantId, int Supports, int Threats, int Units, string? StudyId = null)
{
    internal string StudyKey => StudyId ?? "";

    /// <summary>Units of neither polarity: they add to salience only.</summary>
    public int Mixed => Units - Supports - Threats;

    /// <summary>Supports minus threats: which way this participant pushes the cog.</summary>
    public int Net => Supports - Threats;
}

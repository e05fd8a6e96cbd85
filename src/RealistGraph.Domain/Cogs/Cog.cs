namespace RealistGraph.Domain.Cogs;

/// <summary>
/// One domain pictured as a cog: its size (<see cref="Salience"/>, a share of all evidence units in scope),
/// and its rotation, (supports - threats) / (supports + threats), in [-1, 1]. <see cref="Contributions"/> says
/// which study added how much, at which grain (one entry per study with a theme in this domain).
/// </summary>
public sealed record Cog(
    string DomainKey,
    string DomainName,
    int Supports,
    int Threats,
    double Salience,
    double Rotation,
    Rotation Direction,
    IReadOnlyList<string> ThemeIds,
    IReadOnlyList<CogContribution> Contributions);

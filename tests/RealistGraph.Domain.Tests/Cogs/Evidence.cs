using RealistGraph.Domain.Cogs;
using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Tests.Cogs;

/// <summary>Short builders for evidence rows; a domain's name is its key in capitals.</summary>
internal static class Evidence
{
    public static CogEvidence Quote(string domain, string theme, Polarity themePolarity, string quote, string? participant, Polarity? own = null) =>
        new(domain, domain.ToUpperInvariant(), theme, themePolarity, quote, own, participant);

    public static CogEvidence Theme(string domain, string theme, Polarity polarity) =>
        new(domain, domain.ToUpperInvariant(), theme, polarity, null, null, null);
}

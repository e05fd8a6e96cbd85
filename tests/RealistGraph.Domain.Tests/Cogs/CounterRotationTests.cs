using RealistGraph.Domain.Cogs;
using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Tests.Cogs;

public sealed class CounterRotationTests
{
    private static CogEvidence Row(string domain, Polarity theme, string quote, string participant, Polarity? own = null) =>
        new(domain, domain, domain + "-theme", theme, quote, own, participant);

    [Fact]
    public void Finds_participants_with_a_threat_in_one_domain_and_a_support_in_the_other()
    {
        var evidence = new[]
        {
            Row("structural", Polarity.Threat, "q1", "51-C"),
            Row("social", Polarity.Support, "q2", "51-C"),
            Row("structural", Polarity.Threat, "q3", "9-G"),
            Row("social", Polarity.Threat, "q4", "9-G"),
            Row("social", Polarity.Support, "q5", "69-B"),
        };

        var crossing = Assert.Single(CounterRotation.Find(evidence, "structural", "social"));

        Assert.Equal(new ParticipantCrossing("51-C", 1, 1), crossing);
    }

    [Fact]
    public void A_quote_counts_with_its_own_polarity_before_its_themes()
    {
        var evidence = new[]
        {
            Row("structural", Polarity.Threat, "q1", "69-B", own: Polarity.Support),
            Row("social", Polarity.Support, "q2", "69-B"),
        };

        Assert.Empty(CounterRotation.Find(evidence, "structural", "social"));
    }
}

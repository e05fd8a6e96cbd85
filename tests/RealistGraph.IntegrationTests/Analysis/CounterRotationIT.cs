using System.Text.Json;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Analysis;

/// <summary>
/// Counter-rotating participants (a threat in one domain, a support in another) agree with each participant's own
/// cogs: a quote counts the same way in both, including a quote coded to a support and a threat theme of one domain,
/// which the cogs count as mixed (neither).
/// </summary>
public sealed class CounterRotationIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string StudyId = "counter-rotation-study";

    [Fact]
    public async Task Counter_rotation_agrees_with_each_participants_cogs()
    {
        await Fixture.Importer.ImportAsync(Study());

        var data = await Fixture.DataAsync("""
            {
              crossing: counterRotatingParticipants(threatIn: "structural", supportIn: "social", studyIds: ["counter-rotation-study"]) {
                participant { id } threatsInThreatDomain supportsInSupportDomain }
              clear: cogModel(participantId: "counter-rotation-study/clear") { cogs { domain { canonicalDomain } supports threats } }
              torn: cogModel(participantId: "counter-rotation-study/torn") { cogs { domain { canonicalDomain } supports threats } }
            }
            """);

        // 'clear' has a structural threat and a social support; 'torn' has a social support and one structural quote
        // coded both to a support and to a threat theme, which is neither.
        var torn = Cogs(data.GetProperty("torn"));
        Assert.Equal((0, 0), torn["structural"]);
        Assert.Equal((1, 0), torn["social"]);
        var clear = Cogs(data.GetProperty("clear"));
        Assert.Equal((0, 1), clear["structural"]);

        var crossing = data.GetProperty("crossing").Items();
        var only = Assert.Single(crossing);
        Assert.Equal($"{StudyId}/clear", only.GetProperty("participant").Str("id"));
        Assert.Equal(1, only.GetProperty("threatsInThreatDomain").GetInt32());
        Assert.Equal(1, only.GetProperty("supportsInSupportDomain").GetInt32());
    }

    private static Dictionary<string, (int Supports, int Threats)> Cogs(JsonElement model) =>
        model.GetProperty("cogs").Items().ToDictionary(
            c => c.GetProperty("domain").Str("canonicalDomain"),
            c => (c.GetProperty("supports").GetInt32(), c.GetProperty("threats").GetInt32()));

    private static StudyDocument Study() => new()
    {
        Id = StudyId,
        Title = "SYNTHETIC TEST STUDY: one quote coded to a support and a threat of one domain",
        Authors = ["RealistGraph test suite (synthetic)"],
        Domains =
        [
            new DomainEntry { Id = "institution", Name = "Institution", Canonical = "structural" },
            new DomainEntry { Id = "peers", Name = "Peers", Canonical = "social" },
        ],
        Themes =
        [
            // The threat theme comes first, so that "the first theme's polarity" and "mixed" differ.
            new ThemeEntry { Id = "no-time", Name = "No protected time", Domain = "institution", Polarity = "threat" },
            new ThemeEntry { Id = "funded", Name = "Funded programme", Domain = "institution", Polarity = "support" },
            new ThemeEntry { Id = "peer-support", Name = "Peer support", Domain = "peers", Polarity = "support" },
        ],
        Participants = [new ParticipantEntry { Id = "clear", Label = "clear" }, new ParticipantEntry { Id = "torn", Label = "torn" }],
        Quotes =
        [
            new QuoteEntry { Id = "c1", Participant = "clear", Text = "There is never time for it.", Themes = ["no-time"] },
            new QuoteEntry { Id = "c2", Participant = "clear", Text = "My peers kept me going.", Themes = ["peer-support"] },
            new QuoteEntry { Id = "t1", Participant = "torn", Text = "They paid for it but gave us no time.", Themes = ["no-time", "funded"] },
            new QuoteEntry { Id = "t2", Participant = "torn", Text = "The group was my lifeline.", Themes = ["peer-support"] },
        ],
    };
}

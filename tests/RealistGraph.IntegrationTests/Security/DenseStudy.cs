using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.IntegrationTests.Security;

/// <summary>A synthetic study built to make reads heavy: every quote is in many themes, every theme has many quotes.</summary>
public static class DenseStudy
{
    public const string Id = "dense-synthetic-study";

    public static StudyDocument Build(int themes = 40, int quotes = 1000, int themesPerQuote = 10) => new()
    {
        Id = Id,
        Title = "SYNTHETIC TEST STUDY: dense, for the request limit tests",
        Authors = ["RealistGraph test suite (synthetic)"],
        Year = 2026,
        Domains = [new DomainEntry { Id = "self", Name = "Self", Canonical = "personal" }],
        Themes = [.. Enumerable.Range(0, themes).Select(t => new ThemeEntry
        {
            Id = $"theme-{t}", Code = $"{t}", Name = $"Theme {t}", Domain = "self", Polarity = t % 2 == 0 ? "support" : "threat",
        })],
        Participants = [.. Enumerable.Range(0, 10).Select(p => new ParticipantEntry { Id = $"P{p}", Label = $"P{p}" })],
        Quotes = [.. Enumerable.Range(0, quotes).Select(q => new QuoteEntry
        {
            Id = $"q{q}", Participant = $"P{q % 10}", Text = $"Synthetic quote number {q}, said to fill the graph.",
            Themes = [.. Enumerable.Range(0, themesPerQuote).Select(k => $"theme-{(q + (k * 3)) % themes}").Distinct()],
        })],
    };
}

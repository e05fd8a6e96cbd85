using System.Text.Json;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Analysis;

/// <summary>Supports and threats of one domain, counted from a study document (not from the graph).</summary>
public sealed record DomainCount(int Supports, int Threats, int Units);

/// <summary>
/// Expected values computed from the study documents themselves (read with <see cref="StudyDocumentLoader"/>), so
/// that the tests compare the graph's answers with the sample files rather than with numbers the code echoes.
/// </summary>
public static class StudyEvidence
{
    public const string SeedId = "brooks-2023-bsme";
    public const string SyntheticId = "synthetic-peer-mentoring";
    public const string SecondId = "c-change-2024";

    public static Task<StudyDocument> SeedAsync() => StudyDocumentLoader.LoadAsync(RepositoryPaths.Seed);

    public static Task<StudyDocument> SecondAsync() => StudyDocumentLoader.LoadAsync(RepositoryPaths.SecondSample);

    public static Task<StudyDocument> SyntheticAsync() => StudyDocumentLoader.LoadAsync(RepositoryPaths.SyntheticStudy);

    /// <summary>A small third study, built in code, with one theme (and one quote) to link to.</summary>
    public static StudyDocument ThirdStudy(string id = "third-mentoring-study") => new()
    {
        Id = id,
        Title = "SYNTHETIC TEST STUDY: a third, tiny study built by the integration tests",
        Authors = ["RealistGraph test suite (synthetic)"],
        Year = 2026,
        Domains = [new DomainEntry { Id = "self", Name = "Self", Canonical = "personal" }],
        Themes =
        [
            new ThemeEntry
            {
                Id = "doubting-oneself", Code = "1", Name = "Doubting oneself as a teacher", Domain = "self", Polarity = "threat",
                Summary = "New teachers doubt whether they are good enough to teach (synthetic).",
            },
        ],
        Participants = [new ParticipantEntry { Id = "T1", Label = "T1" }],
        Quotes = [new QuoteEntry { Id = "tq1", Participant = "T1", Text = "I never feel ready for class.", Themes = ["doubting-oneself"] }],
    };

    /// <summary>A deep copy (through the writer and the loader), to change without touching the original.</summary>
    public static StudyDocument Copy(StudyDocument document) => StudyDocumentLoader.Load(StudyDocumentWriter.ToYaml(document));

    public static string Global(StudyDocument document, string localId) => $"{document.Id}/{localId}";

    /// <summary>
    /// The counting rule of the paper's cogs applied by hand: each quote counts once in each domain its themes are in,
    /// with its own polarity, else its themes' polarity (themes that disagree make it mixed: neither support nor threat).
    /// Keyed by canonical domain. Only quotes of <paramref name="participantLocalId"/> when given.
    /// </summary>
    public static Dictionary<string, DomainCount> QuoteCounts(StudyDocument document, string? participantLocalId = null)
    {
        var themes = document.Themes.ToDictionary(t => t.Id);
        var canonical = document.Domains.ToDictionary(d => d.Id, d => d.Canonical);
        var units = document.Quotes
            .Where(q => participantLocalId is null || q.Participant == participantLocalId)
            .SelectMany(q => q.Themes
                .GroupBy(t => canonical[themes[t].Domain])
                .Select(g => (Domain: g.Key, Polarity: q.Polarity ?? Agreed(g.Select(t => themes[t].Polarity)))))
            .ToList();
        return units
            .GroupBy(u => u.Domain)
            .ToDictionary(
                g => g.Key,
                g => new DomainCount(g.Count(u => u.Polarity == "support"), g.Count(u => u.Polarity == "threat"), g.Count()));
    }

    /// <summary>The themes fallback by hand: one unit per theme, with the theme's polarity. Keyed by canonical domain.</summary>
    public static Dictionary<string, DomainCount> ThemeCounts(StudyDocument document)
    {
        var canonical = document.Domains.ToDictionary(d => d.Id, d => d.Canonical);
        return document.Themes
            .GroupBy(t => canonical[t.Domain])
            .ToDictionary(
                g => g.Key,
                g => new DomainCount(g.Count(t => t.Polarity == "support"), g.Count(t => t.Polarity == "threat"), g.Count()));
    }

    /// <summary>The participants (local ids) with quotes in at least <paramref name="domains"/> canonical domains.</summary>
    public static IReadOnlyList<string> ParticipantsQuotedInDomains(StudyDocument document, int domains)
    {
        var themes = document.Themes.ToDictionary(t => t.Id);
        var canonical = document.Domains.ToDictionary(d => d.Id, d => d.Canonical);
        return document.Quotes
            .Where(q => q.Participant is not null)
            .GroupBy(q => q.Participant!)
            .Where(p => p.SelectMany(q => q.Themes).Select(t => canonical[themes[t].Domain]).Distinct().Count() >= domains)
            .Select(p => p.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The quote ids (global) of a theme, from the document.</summary>
    public static IReadOnlyList<string> QuotesOfTheme(StudyDocument document, string themeLocalId) =>
        document.Quotes.Where(q => q.Themes.Contains(themeLocalId)).Select(q => Global(document, q.Id)).Order(StringComparer.Ordinal).ToList();

    private static string Agreed(IEnumerable<string> polarities)
    {
        var distinct = polarities.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : "mixed";
    }
}

/// <summary>Reading GraphQL replies.</summary>
public static class Replies
{
    public static IReadOnlyList<JsonElement> Items(this JsonElement array) => array.EnumerateArray().ToList();

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static IReadOnlyList<string> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToList();

    /// <summary>The names of the queries a reply's request ran (<c>extensions.cypherReads</c>, present when Realist:Debug is on).</summary>
    public static IReadOnlyList<string> CypherReads(this JsonElement reply) =>
        reply.GetProperty("extensions").GetProperty("cypherReads").Strings("query");

    /// <summary>The single error of a reply that has no data for the field; its message and extensions.code.</summary>
    public static (string Message, string Code) SingleError(JsonElement reply)
    {
        Assert.True(reply.TryGetProperty("errors", out var errors), "expected an error, got " + reply);
        var error = Assert.Single(errors.EnumerateArray());
        return (error.Str("message"), error.GetProperty("extensions").Str("code"));
    }

    /// <summary>How many Cypher round trips the request cost (the service reports them in debug mode).</summary>
    public static int RoundTrips(JsonElement reply) => reply.GetProperty("extensions").GetProperty("cypherRoundTrips").GetInt32();

    /// <summary>
    /// The depth of a query's selection sets: the deepest nesting of braces outside argument lists (braces inside
    /// parentheses are input objects, not selections). <c>{ a { b } }</c> is 2.
    /// </summary>
    public static int SelectionDepth(string query)
    {
        int depth = 0, max = 0, parens = 0;
        foreach (var ch in query)
        {
            switch (ch)
            {
                case '(':
                    parens++;
                    break;
                case ')':
                    parens--;
                    break;
                case '{' when parens == 0:
                    max = Math.Max(max, ++depth);
                    break;
                case '}' when parens == 0:
                    depth--;
                    break;
            }
        }

        return max;
    }
}

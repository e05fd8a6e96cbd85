using System.Text.Json;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Asking;

/// <summary>
/// Root pages filtered through a relationship (a quote's themes, participant and canonical domains; a theme's or a
/// study's canonical domain) and quote pages that start from the themes or participants asked for. Each answer is
/// compared with the study documents: every record once, in the studies' own order, counted exactly, however many of
/// its neighbours match and whichever filters are combined.
/// </summary>
public sealed class QuotePageFiltersIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string QuotesQuery = """
        query ($where: QuoteFilter, $first: Int, $after: String) {
          quotes(where: $where, first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
        }
        """;

    private List<StudyDocument> _documents = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var file in RepositoryPaths.SampleFiles.Append(RepositoryPaths.SyntheticStudy))
        {
            await Fixture.ImportAsync(file);
        }

        var twoOfOneKind = TwoThemesOfOneCanonicalDomain();
        await Fixture.Importer.ImportAsync(twoOfOneKind);
        _documents = [.. (await Task.WhenAll(SeedAsync(), SecondAsync(), SyntheticAsync())).Append(twoOfOneKind).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A study whose two personal domains hold a theme each, and a quote coded to both: the samples have no record with two
    /// neighbours in one canonical domain, which is where a filter through a relationship can repeat a record.
    /// </summary>
    private static StudyDocument TwoThemesOfOneCanonicalDomain()
    {
        var study = ThirdStudy("two-personal-domains");
        study.Domains.Add(new DomainEntry { Id = "self-2", Name = "Self, later", Canonical = "personal" });
        study.Themes.Add(new ThemeEntry { Id = "doubting-later", Code = "2", Name = "Doubting oneself later", Domain = "self-2", Polarity = "threat" });
        study.Quotes[0].Themes.Add("doubting-later");
        study.Quotes.Add(new QuoteEntry { Id = "tq2", Participant = "T1", Text = "Later, still unsure.", Themes = ["doubting-later"] });
        return study;
    }

    [Fact]
    public async Task Quotes_of_themes_come_once_each_even_when_they_evidence_several_of_them()
    {
        var (document, quote) = QuoteWithTwoThemes();
        var themes = quote.Themes.Take(2).Select(t => Global(document, t)).ToList();
        var expected = Expected(q => q.Quote.Themes.Select(t => Global(q.Document, t)).Intersect(themes).Any());

        var (reply, connection) = await QuotesAsync(new { themeIdIn = themes }, 500);

        Assert.Contains(Global(document, quote.Id), expected);
        Assert.Equal(expected, connection.GetProperty("nodes").Strings("id"));
        Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
        Assert.Contains(reply.CypherReads(), r => r.StartsWith("queries/pages/quotes/of-themes/", StringComparison.Ordinal));

        // Walked a page at a time, the same quotes in the same order.
        var walked = new List<string>();
        string? after = null;
        do
        {
            var (_, page) = await QuotesAsync(new { themeIdIn = themes }, 3, after);
            walked.AddRange(page.GetProperty("nodes").Strings("id"));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task Quotes_of_themes_keep_every_other_filter_given()
    {
        var (document, quote) = QuoteWithTwoThemes();
        var theme = Global(document, quote.Themes[0]);
        var other = _documents.First(d => d.Id != document.Id && d.Quotes.Count > 0);
        var labels = document.Participants.ToDictionary(p => p.Id, p => p.Label);
        var speaker = quote.Participant!;

        var (_, ofAnotherStudy) = await QuotesAsync(new { themeId = theme, studyId = other.Id }, 500);
        var (reply, ofSpeaker) = await QuotesAsync(new { themeId = theme, participantId = Global(document, speaker) }, 500);
        var (_, byLabel) = await QuotesAsync(new { themeId = theme, participantLabel = labels[speaker].ToLowerInvariant() }, 500);

        Assert.Equal(0, ofAnotherStudy.GetProperty("totalCount").GetInt32());
        var spoken = Expected(q => q.Document == document && q.Quote.Participant == speaker && q.Quote.Themes.Contains(quote.Themes[0]));
        Assert.Contains(Global(document, quote.Id), spoken);
        Assert.Equal(spoken, ofSpeaker.GetProperty("nodes").Strings("id"));
        Assert.Contains(reply.CypherReads(), r => r.StartsWith("queries/pages/quotes/of-participants/", StringComparison.Ordinal));
        Assert.Equal(
            Expected(q => q.Quote.Participant is { } p && q.Document.Participants.First(x => x.Id == p).Label.Equals(labels[speaker], StringComparison.OrdinalIgnoreCase)
                && q.Quote.Themes.Select(t => Global(q.Document, t)).Contains(theme)),
            byLabel.GetProperty("nodes").Strings("id"));
    }

    [Fact]
    public async Task Quotes_of_participants_start_from_them_and_match_the_documents()
    {
        var document = _documents.First(d => d.Quotes.Count(q => q.Participant is not null) > 3);
        var speakers = document.Quotes.Where(q => q.Participant is not null).Select(q => q.Participant!).Distinct().Take(2).ToList();
        var expected = Expected(q => q.Document == document && q.Quote.Participant is { } p && speakers.Contains(p));

        var (reply, connection) = await QuotesAsync(new { participantIdIn = speakers.Select(s => Global(document, s)).ToList() }, 500);

        Assert.True(expected.Count > 1, $"{document.Id}'s first two speakers have {expected.Count} quotes");
        Assert.Equal(expected, connection.GetProperty("nodes").Strings("id"));
        Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
        Assert.Contains(reply.CypherReads(), r => r.StartsWith("queries/pages/quotes/of-participants/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Canonical_domains_filter_quotes_themes_and_studies_once_each()
    {
        var (document, quote) = _documents.SelectMany(d => d.Quotes.Where(q => q.Themes.Count >= 2 && q.Themes.Select(t => Canonical(d, t)).Distinct().Count() == 1).Select(q => (d, q))).First();
        var canonical = Canonical(document, quote.Themes[0]);
        var quotes = Expected(q => q.Quote.Themes.Any(t => Canonical(q.Document, t) == canonical));
        var themes = _documents.SelectMany(d => d.Themes.Where(t => Canonical(d, t.Id) == canonical).Select(t => Global(d, t.Id))).ToList();
        var studies = _documents.Where(d => d.Domains.Any(x => x.Canonical == canonical)).Select(d => d.Id).ToList();
        var withBoth = Expected(q => q.Quote.Themes.Any(t => Canonical(q.Document, t) == canonical) && q.Quote.Themes.Select(t => Global(q.Document, t)).Contains(Global(document, quote.Themes[1])));

        var data = await Fixture.DataAsync("""
            query ($canonical: String!, $theme: ID!) {
              quotes(where: {canonicalDomain: $canonical}, first: 500) { totalCount nodes { id } }
              both: quotes(where: {canonicalDomain: $canonical, themeId: $theme}, first: 500) { totalCount nodes { id } }
              themes(where: {canonicalDomain: $canonical}, first: 500) { totalCount nodes { id } }
              studies(where: {canonicalDomain: $canonical}) { totalCount nodes { id } }
            }
            """, new { canonical, theme = Global(document, quote.Themes[1]) });

        Assert.True(quotes.Count > 1 && themes.Count > 1, $"{canonical}: {quotes.Count} quotes, {themes.Count} themes");
        Assert.Contains("two-personal-domains", studies);
        AssertPage(quotes, data.GetProperty("quotes"));
        AssertPage(withBoth, data.GetProperty("both"));
        AssertPage(themes, data.GetProperty("themes"));
        AssertPage(studies, data.GetProperty("studies"));
    }

    private static void AssertPage(List<string> expected, JsonElement connection)
    {
        Assert.Equal(expected, connection.GetProperty("nodes").Strings("id"));
        Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
    }

    private (StudyDocument Document, QuoteEntry Quote) QuoteWithTwoThemes() =>
        _documents.SelectMany(d => d.Quotes.Where(q => q.Themes.Count >= 2 && q.Participant is not null).Select(q => (d, q))).First();

    private static string Canonical(StudyDocument document, string themeId) =>
        document.Domains.Single(d => d.Id == document.Themes.Single(t => t.Id == themeId).Domain).Canonical;

    /// <summary>The quotes that pass <paramref name="keep"/>, in the studies' own order (by study id, then as written).</summary>
    private List<string> Expected(Func<(StudyDocument Document, QuoteEntry Quote), bool> keep) =>
        [.. _documents.SelectMany(d => d.Quotes.Select(q => (Document: d, Quote: q))).Where(keep).Select(x => Global(x.Document, x.Quote.Id))];

    private async Task<(JsonElement Reply, JsonElement Connection)> QuotesAsync(object where, int first, string? after = null)
    {
        var reply = await Fixture.GraphQLAsync(QuotesQuery, new { where, first, after });
        Assert.False(reply.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return (reply, reply.GetProperty("data").GetProperty("quotes"));
    }
}

using System.Text.Json;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Asking;

/// <summary>
/// Nested lists that can grow page with first/after and give totalCount, over both bundled samples; one round trip
/// per level whatever the number of parents; the cost rule counts them by their first.
/// </summary>
public sealed class NestedConnectionsIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var file in RepositoryPaths.SampleFiles)
        {
            await Fixture.ImportAsync(file);
        }
    }

    [Fact]
    public async Task A_studys_quotes_page_through_in_document_order_with_their_total()
    {
        var seed = await SeedAsync();
        const string query = """
            query($id: ID!, $after: String) {
              study(id: $id) { quotesConnection(first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id text } } }
            }
            """;
        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < 5; page++)
        {
            var connection = (await Fixture.DataAsync(query, new { id = SeedId, after })).GetProperty("study").GetProperty("quotesConnection");
            Assert.Equal(seed.Quotes.Count, connection.GetProperty("totalCount").GetInt32());
            seen.AddRange(connection.GetProperty("nodes").Strings("id"));
            Assert.All(connection.GetProperty("nodes").Items(), q => Assert.False(string.IsNullOrEmpty(q.Str("text"))));
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = connection.GetProperty("pageInfo").Str("endCursor");
        }

        Assert.Equal(seed.Quotes.Select(q => Global(seed, q.Id)), seen);
    }

    [Fact]
    public async Task Every_theme_of_both_studies_gives_its_first_quotes_and_total_in_one_round_trip_per_level()
    {
        var documents = new[] { await SeedAsync(), await SecondAsync() };
        var reply = await Fixture.GraphQLAsync("""
            {
              themes(first: 200) {
                nodes { id quotesConnection(first: 2) { totalCount nodes { id } pageInfo { hasNextPage } } }
              }
            }
            """);
        Assert.False(reply.TryGetProperty("errors", out _), reply.ToString());

        var themes = reply.GetProperty("data").GetProperty("themes").GetProperty("nodes").Items();
        Assert.Equal(documents.Sum(d => d.Themes.Count), themes.Count);
        foreach (var theme in themes)
        {
            var document = documents.Single(d => theme.Str("id").StartsWith(d.Id + "/", StringComparison.Ordinal));
            var local = theme.Str("id")[(document.Id.Length + 1)..];
            var quotes = document.Quotes.Where(q => q.Themes.Contains(local)).Select(q => Global(document, q.Id)).ToList();
            var connection = theme.GetProperty("quotesConnection");
            Assert.Equal(quotes.Count, connection.GetProperty("totalCount").GetInt32());
            Assert.Equal(quotes.Take(2), connection.GetProperty("nodes").Strings("id"));
            Assert.Equal(quotes.Count > 2, connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        }

        Assert.Contains(themes, t => t.GetProperty("quotesConnection").GetProperty("totalCount").GetInt32() > 2);
        Assert.Contains(themes, t => t.Str("id").StartsWith(SecondId, StringComparison.Ordinal) && t.GetProperty("quotesConnection").GetProperty("totalCount").GetInt32() == 0);
        Assert.Equal(2, Replies.RoundTrips(reply));
    }

    [Fact]
    public async Task A_functions_activities_a_participants_quotes_and_a_domains_themes_page_too()
    {
        var second = await SecondAsync();
        var seed = await SeedAsync();
        var function = second.Interventions.SelectMany(i => i.Functions).First(f => second.Interventions.SelectMany(i => i.Activities).Count(a => a.Functions.Contains(f.Id)) >= 2);
        var activities = second.Interventions.SelectMany(i => i.Activities).Where(a => a.Functions.Contains(function.Id)).Select(a => Global(second, a.Id)).ToList();
        var participant = seed.Participants.OrderByDescending(p => seed.Quotes.Count(q => q.Participant == p.Id)).First();
        var spoken = seed.Quotes.Where(q => q.Participant == participant.Id).Select(q => Global(seed, q.Id)).ToList();
        var domain = seed.Domains.First();
        var domainThemes = seed.Themes.Where(t => t.Domain == domain.Id).Select(t => Global(seed, t.Id)).ToList();

        var data = await Fixture.DataAsync("""
            query($f: ID!, $p: ID!, $d: ID!) {
              function(id: $f) { activitiesConnection(first: 1) { totalCount nodes { id } } }
              participant(id: $p) { quotesConnection(first: 1, after: "b2Zmc2V0OjE=") { totalCount nodes { id } } }
              domain(id: $d) { themesConnection(first: 100) { totalCount nodes { id } } }
            }
            """, new { f = Global(second, function.Id), p = Global(seed, participant.Id), d = Global(seed, domain.Id) });

        var acts = data.GetProperty("function").GetProperty("activitiesConnection");
        Assert.Equal(activities.Count, acts.GetProperty("totalCount").GetInt32());
        Assert.Equal([activities[0]], acts.GetProperty("nodes").Strings("id"));
        var quotes = data.GetProperty("participant").GetProperty("quotesConnection");
        Assert.Equal(spoken.Count, quotes.GetProperty("totalCount").GetInt32());
        Assert.Equal([spoken[1]], quotes.GetProperty("nodes").Strings("id")); // after the cursor of the first
        var themes = data.GetProperty("domain").GetProperty("themesConnection");
        Assert.Equal(domainThemes, themes.GetProperty("nodes").Strings("id"));
        Assert.Equal(domainThemes.Count, themes.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData(7)]
    [InlineData(70)]
    public async Task The_cost_rule_counts_a_nested_connection_by_its_first(int first)
    {
        var reply = await Fixture.GraphQLAsync($$"""{ study(id: "{{SeedId}}") { quotesConnection(first: {{first}}) { nodes { id } } } }""");
        Assert.False(reply.TryGetProperty("errors", out _), reply.ToString());

        // study 1 + connection 1 + nodes 1 + first × id
        Assert.Equal(3 + first, reply.GetProperty("extensions").GetProperty("cost").GetProperty("requested").GetInt64());
    }

    [Fact]
    public async Task A_page_size_out_of_range_is_refused_naming_first()
    {
        var reply = await Fixture.GraphQLAsync($$"""{ study(id: "{{SeedId}}") { quotesConnection(first: 501) { totalCount } } }""");

        var (message, code) = Replies.SingleError(reply);
        Assert.Equal("VALIDATION", code);
        Assert.Contains("first", message, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("data").GetProperty("study").ValueKind);
    }
}

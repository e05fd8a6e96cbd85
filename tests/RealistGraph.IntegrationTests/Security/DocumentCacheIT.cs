using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Api.GraphQL.Execution;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Security;

/// <summary>
/// Validated documents are kept and used again, and every rule that reads the variables or the request still runs on
/// a kept document; the cache stays within its bounds, and a document that failed validation is never kept.
/// </summary>
public sealed class DocumentCacheIT(RealistGraphFixture fixture, SmallDocumentCacheService service) : GraphTest(fixture), IClassFixture<SmallDocumentCacheService>
{
    private ValidatedDocumentCache Cache => service.Services.GetRequiredService<ValidatedDocumentCache>();

    [Fact]
    public async Task A_query_sent_again_is_served_from_the_cache_and_answers_the_same()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        const string query = "{ themes(first: 5) { nodes { id name polarity quotes { id } } } }";
        var before = Cache.Figures;

        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(Data(await PostAsync(query)).GetRawText());
        }

        Assert.Equal(2, Cache.Figures.Hits - before.Hits);
        Assert.Contains("\"polarity\"", answers[0], StringComparison.Ordinal);
        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.Equal(answers[0], (await Fixture.DataAsync(query)).GetRawText());
    }

    [Fact]
    public async Task A_cached_document_whose_variables_raise_its_cost_over_the_limit_is_still_refused()
    {
        const string query = "query($n: Int) { quotes(first: $n) { nodes { text themes { name quotes { text } } } } }";
        Data(await PostAsync(query, new { n = 1 }));
        var before = Cache.Figures;

        var refused = await PostAsync(query, new { n = 500 });

        Assert.Equal(1, Cache.Figures.Hits - before.Hits);
        var (message, code) = Replies.SingleError(refused);
        Assert.Equal("LIMIT_EXCEEDED", code);
        Assert.Contains("Realist:Limits:MaxQueryCost", message, StringComparison.Ordinal);
        Assert.Equal("Realist:Limits:MaxQueryCost", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("limit").Str("name"));
        Assert.Equal(0, Replies.RoundTrips(refused));
        Data(await PostAsync(query, new { n = 1 }));
    }

    [Fact]
    public async Task A_cached_document_whose_variables_carry_a_text_over_its_length_is_still_refused()
    {
        const string query = "query($id: ID!) { study(id: $id) { id } }";
        Data(await PostAsync(query, new { id = "x" }));
        var before = Cache.Figures;

        var refused = await PostAsync(query, new { id = new string('x', 501) });

        Assert.Equal(1, Cache.Figures.Hits - before.Hits);
        var (message, code) = Replies.SingleError(refused);
        Assert.Equal("VALIDATION", code);
        Assert.Contains("study.id: 501 characters", message, StringComparison.Ordinal);
        Assert.Equal("Realist:Limits:MaxNameLength", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("limit").Str("name"));
        Assert.Equal(0, Replies.RoundTrips(refused));
    }

    [Fact]
    public async Task A_document_cached_from_a_POST_still_may_not_carry_a_mutation_over_GET()
    {
        const string document = """query Count { studies { totalCount } } mutation Create { createStudy(input: {id: "never", title: "Never"}) { id } }""";
        using (var posted = await service.Http.PostAsJsonAsync("/graphql", new { query = document, operationName = "Count" }))
        {
            Data(JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement);
        }

        var before = Cache.Figures;

        using var got = await service.Http.GetAsync("/graphql?operationName=Count&query=" + Uri.EscapeDataString(document));
        var reply = JsonDocument.Parse(await got.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(1, Cache.Figures.Hits - before.Hits);
        var (message, code) = Replies.SingleError(reply);
        Assert.Equal("VALIDATION_ERROR", code);
        Assert.Equal("Mutations must be sent with POST; GET runs queries only.", message);
    }

    [Fact]
    public async Task A_document_that_failed_validation_is_refused_every_time_and_never_kept()
    {
        const string invalid = "{ studies { totalCount notAField } }";
        var before = Cache.Figures;

        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var reply = await PostAsync(invalid);
            var (message, code) = Replies.SingleError(reply);
            Assert.Contains("notAField", message, StringComparison.Ordinal);
            codes.Add(code);
        }

        Assert.All(codes, c => Assert.Equal(codes[0], c));
        Assert.Equal(0, Cache.Figures.Hits - before.Hits);
        Assert.Equal(3, Cache.Figures.Misses - before.Misses);

        // Refused first for its variables, a valid document is not kept either: the next request validates it in full.
        const string costly = "query($n: Int) { a: quotes(first: $n) { nodes { text themes { name quotes { text } } } } }";
        Assert.Equal("LIMIT_EXCEEDED", Replies.SingleError(await PostAsync(costly, new { n = 500 })).Code);
        var afterRefusal = Cache.Figures;
        Data(await PostAsync(costly, new { n = 1 }));
        Assert.Equal(0, Cache.Figures.Hits - afterRefusal.Hits);
    }

    [Fact]
    public async Task Many_distinct_documents_keep_the_cache_within_its_entries_and_characters()
    {
        var queries = Enumerable.Range(0, 3 * SmallDocumentCacheService.Entries).Select(i => $"{{ n{i}: studies {{ totalCount }} }}").ToList();
        foreach (var query in queries)
        {
            Data(await PostAsync(query));
            Assert.True(Cache.Figures.Entries <= SmallDocumentCacheService.Entries, Cache.Figures.ToString());
        }

        Assert.Equal(SmallDocumentCacheService.Entries, Cache.Figures.Entries);

        // The most recent is still there; the first was pushed out by the others.
        var before = Cache.Figures;
        Data(await PostAsync(queries[^1]));
        Assert.Equal(1, Cache.Figures.Hits - before.Hits);
        Data(await PostAsync(queries[0]));
        Assert.Equal(1, Cache.Figures.Misses - before.Misses);

        // Long documents are bounded by their characters before their number.
        var padding = new string(' ', 400);
        for (var i = 0; i < 15; i++)
        {
            Data(await PostAsync($"{{ long{i}: studies {{ totalCount }}{padding}}}"));
            Assert.True(Cache.Figures.Characters <= SmallDocumentCacheService.Characters, Cache.Figures.ToString());
        }

        Assert.True(Cache.Figures.Entries < SmallDocumentCacheService.Entries, Cache.Figures.ToString());
    }

    private async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var response = await service.Http.PostAsJsonAsync("/graphql", new { query, variables });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static JsonElement Data(JsonElement reply)
    {
        Assert.False(reply.TryGetProperty("errors", out var errors), errors.ToString());
        return reply.GetProperty("data");
    }
}

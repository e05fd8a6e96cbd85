using System.Net.Http.Json;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Security;

/// <summary>An answer larger than <c>Realist:Limits:MaxResponseBytes</c> is replaced by one clear error instead of being written.</summary>
public sealed class ResponseCapIT(RealistGraphFixture fixture, SmallResponseService small) : GraphTest(fixture), IClassFixture<SmallResponseService>
{
    [Fact]
    public async Task A_response_larger_than_the_cap_is_refused_with_a_clear_error_instead_of_written()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);

        using var response = await small.Http.PostAsJsonAsync("/graphql", new { query = "{ quotes(first: 60) { nodes { id text } } }" });
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(text.Length < 4096, $"{text.Length} bytes");
        var (message, code) = Replies.SingleError(System.Text.Json.JsonDocument.Parse(text).RootElement);
        Assert.Equal("LIMIT_EXCEEDED", code);
        Assert.Contains("Realist:Limits:MaxResponseBytes", message, StringComparison.Ordinal);

        // The same request answers in full where the cap is the default.
        var full = await Fixture.DataAsync("{ quotes(first: 60) { nodes { id text } } }");
        Assert.True(full.GetRawText().Length > 4096);
    }

    [Fact]
    public async Task A_small_answer_passes_the_cap()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);

        using var response = await small.Http.PostAsJsonAsync("/graphql", new { query = "{ studies { totalCount } }" });

        Assert.Contains("\"totalCount\":1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

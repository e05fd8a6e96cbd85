using System.Diagnostics;
using System.Net.Http.Json;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Security;

/// <summary>
/// A request that runs too long is stopped by the execution timeout, and one whose client hangs up is stopped too:
/// the cancellation reaches the resolvers and the HTTP calls to Neo4j, so no work goes on for nobody.
/// </summary>
public sealed class TimeoutAndDisconnectIT(RealistGraphFixture fixture, ShortTimeoutService tight, ObservedService observed)
    : GraphTest(fixture), IClassFixture<ShortTimeoutService>, IClassFixture<ObservedService>
{
    /// <summary>
    /// 400 quotes of the dense study, each quote's themes and each theme's quotes (about 400 × 10 × 250 quote ids),
    /// eight times over: seconds of work on any machine here (ShortTimeoutService and ObservedService admit its cost).
    /// </summary>
    private const string HeavierQuery = "{ a: quotes(first: 400) { ...Q } b: quotes(first: 400) { ...Q } c: quotes(first: 400) { ...Q } "
        + "d: quotes(first: 400) { ...Q } e: quotes(first: 400) { ...Q } f: quotes(first: 400) { ...Q } g: quotes(first: 400) { ...Q } "
        + "h: quotes(first: 400) { ...Q } } fragment Q on QuoteConnection { nodes { id themes { id quotes { id } } } }";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.Importer.ImportAsync(DenseStudy.Build());
    }

    [Fact]
    public async Task A_request_longer_than_the_timeout_is_stopped_with_TIMEOUT_naming_the_limit()
    {
        var clock = Stopwatch.StartNew();
        using var response = await tight.Http.PostAsJsonAsync("/graphql", new { query = HeavierQuery });
        var reply = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        clock.Stop();

        var (message, code) = Replies.SingleError(reply);
        Assert.Equal("TIMEOUT", code);
        Assert.Contains("Realist:Limits:ExecutionTimeoutSeconds", message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"answered after {clock.Elapsed}");

        // Unstopped, the same request answers about 290 MB (8 M quote ids) after seconds.
    }

    [Fact]
    public async Task When_the_client_hangs_up_the_server_stops_the_request()
    {
        // Early, while the service is between Cypher calls.
        await AssertStoppedSoonAfterHangUpAsync(TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task A_hang_up_in_the_middle_of_a_huge_answer_stops_it_soon()
    {
        // Later, deep in the 8 M quote ids (rows read, lists built, bytes written): each of those steps looks at the hang-up
        // as it goes. Before, one Neo4j answer was parsed, and the whole JSON built in memory, before anything looked.
        await AssertStoppedSoonAfterHangUpAsync(TimeSpan.FromMilliseconds(700));
    }

    private async Task AssertStoppedSoonAfterHangUpAsync(TimeSpan after)
    {
        var earlier = observed.Log.Count; // the service is shared by the tests of this class
        using var hangUp = new CancellationTokenSource(after);
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => observed.Http.PostAsJsonAsync("/graphql", new { query = HeavierQuery }, hangUp.Token));

        string? stopped = null;
        while (stopped is null && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            stopped = observed.Log.Skip(earlier).FirstOrDefault(l => l.Contains("the client disconnected", StringComparison.Ordinal));
            await Task.Delay(50);
        }

        Assert.NotNull(stopped);
        var elapsedMs = int.Parse(System.Text.RegularExpressions.Regex.Match(stopped, @"after (\d+) ms").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(elapsedMs < after.TotalMilliseconds + 1_200, stopped);
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;

namespace RealistGraph.IntegrationTests.Import;

/// <summary>
/// The report a large import gets when Neo4j ran out of memory: the heap read from the real server over JMX, the rows,
/// what to do, never "is Neo4j running?". (Filling the test server's 1 GB heap takes a 100,000-row import and minutes;
/// that run is measured in docs/benchmarks.md, "Memory ceiling".)
/// </summary>
public sealed class ImportMemoryCheckIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private ImportMemoryCheck Check => new(Fixture.Database, NullLogger.Instance);

    [Fact]
    public async Task Neo4j_reporting_out_of_memory_is_explained_with_the_servers_heap_and_the_rows()
    {
        var failure = Neo4jException.FromCode("Neo.TransientError.General.OutOfMemoryError", "Java heap space");

        var report = await Check.ExplainAsync(failure, "excerpts", 200_000, 600_401);

        Assert.NotNull(report);
        Assert.Matches(@"^Neo4j ran out of memory \(heap \d+ MB, \d+ MB of it in use\) importing 200,000 rows of study 'excerpts' \(600,401 nodes", report.Message);
        Assert.Contains("raise dbms.memory.heap.max_size", report.Message);
        Assert.Contains("or split the file", report.Message);
        Assert.DoesNotContain("running", report.Message);
        var heapMb = int.Parse(System.Text.RegularExpressions.Regex.Match(report.Message, @"heap (\d+) MB").Groups[1].Value);
        Assert.InRange(heapMb, 256, 64 * 1024); // the test server's dbms.memory.heap.max_size=1g reads as 1024
    }

    [Fact]
    public async Task A_small_import_that_timed_out_is_not_blamed_on_memory()
    {
        var busy = new Neo4jBusyException("a step took too long", new TimeoutException());
        Assert.Null(await Check.ExplainAsync(busy, "small", 61, ImportMemoryCheck.MinRows - 1));
    }

    [Fact]
    public async Task A_large_import_that_timed_out_while_the_heap_had_room_is_not_blamed_on_memory()
    {
        // The test server's heap is far from full between tests: the timeout stays a timeout.
        var busy = new Neo4jBusyException("a step took too long", new TimeoutException());
        Assert.Null(await Check.ExplainAsync(busy, "large", 50_000, 150_000));
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;

namespace RealistGraph.Neo4j.Tests.Import;

/// <summary>
/// Issue 11: writing a large study holds the study and one batch of rows, not a second copy of it: the rows of the
/// UNWIND statements are made batch by batch, and the content hash is taken as the study is serialized.
/// </summary>
public class ImportMemoryTests
{
    private const int Quotes = 20_000;

    [Fact]
    public void Rows_are_made_one_batch_at_a_time()
    {
        var made = 0;
        var items = Enumerable.Range(0, Quotes).ToList();
        var statement = new CypherStatement("UNWIND $rows AS row RETURN row", new Dictionary<string, object?>
        {
            ["rows"] = StudyGraphRows.Rows(items, i =>
            {
                made++;
                return new Dictionary<string, object?> { ["id"] = i };
            }),
        });

        using var requests = RowBatches.Split([statement], 2_000).GetEnumerator();
        Assert.True(requests.MoveNext());
        var first = (IEnumerable<Dictionary<string, object?>>)Assert.Single(requests.Current).Parameters["rows"]!;

        Assert.Equal(2_000, made);
        Assert.Equal([0, 1, 2], first.Take(3).Select(r => (int)r["ordinal"]!));
        var batches = 1;
        while (requests.MoveNext())
        {
            batches++;
        }

        Assert.Equal((10, Quotes), (batches, made));
    }

    [Fact]
    public void The_content_hash_is_that_of_the_whole_serialized_study_without_holding_it()
    {
        var graph = LargeGraph();
        var serialized = JsonSerializer.SerializeToUtf8Bytes(graph with { Links = [] });

        var before = GC.GetAllocatedBytesForCurrentThread();
        var hash = StudyGraphWriter.ContentHash(graph);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The same hash as before issue 11 (stored studies are still recognised as unchanged).
        Assert.Equal(Convert.ToHexString(SHA256.HashData(serialized)), hash);
        Assert.True(allocated < serialized.Length / 4, $"hashing allocated {allocated:N0} bytes for {serialized.Length:N0} bytes of JSON");
    }

    private static StudyGraph LargeGraph()
    {
        var quotes = Enumerable.Range(1, Quotes)
            .Select(i => new Quote($"s/q{i}", "s", "s/p1", $"Quote {i}: the department valued teaching, and so did the students.", $"row {i}", null))
            .ToList();
        var edges = quotes.Select(q => new Edge(EdgeKind.Evidences, q.Id, "s/t1", NodeKind.Theme)).ToList();
        return new StudyGraph(
            new Study("s", "A study", ["An author"], 2026, null, null, null, null, null, null),
            [], [], [], [new StudyDomain("s/personal", "s", "Personal", "personal", null)],
            [new Theme("s/t1", "s", "s/personal", "1.1", "A theme", null, Polarity.Support, null)],
            [new Participant("s/p1", "s", "P1", null, new Dictionary<string, string>())],
            quotes, [], [], [], [], [], edges, []);
    }
}

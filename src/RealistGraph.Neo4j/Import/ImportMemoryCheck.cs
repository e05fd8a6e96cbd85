using System.Globalization;
using Microsoft.Extensions.Logging;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.Neo4j.Import;

/// <summary>
/// Tells a large import that failed for lack of memory on the Neo4j server from other failures. Neo4j 3.1 with a full
/// heap mostly does not say "out of memory": it collects garbage for tens of seconds, so a step of the import runs out
/// of its time (or the connection drops, or a 5xx comes back). After such a failure the heap is read over JMX
/// (<c>health/heap-usage</c>); held at 90% or more, the failure is reported as running out of memory, with the heap
/// size, the rows and what to do. Neo4j's own OutOfMemoryError codes are reported the same way.
/// </summary>
internal sealed class ImportMemoryCheck(IGraphDatabase database, ILogger logger)
{
    /// <summary>Below this many rows in one transaction a 1 GB heap is never the cause; no heap is read.</summary>
    public const int MinRows = 10_000;

    private const double FullShare = 0.9;
    private static readonly TimeSpan HeapReadTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The out-of-memory report for <paramref name="failure"/>, or null when memory is not what failed.</summary>
    public async Task<Neo4jOutOfMemoryException?> ExplainAsync(Neo4jException failure, string studyId, int rows, int graphRows)
    {
        var reported = failure is Neo4jOutOfMemoryException;
        // A commit whose answer was lost and that was found not written counts: a server short of memory fails at commit too.
        var suspect = failure is Neo4jBusyException or Neo4jUnavailableException;
        if (!reported && !(suspect && graphRows >= MinRows))
        {
            return null;
        }

        var heap = await ReadHeapAsync();
        if (!reported && (heap is null || heap.Value.Used < FullShare * heap.Value.Max))
        {
            return null;
        }

        var heapText = heap is { } h ? $"heap {Megabytes(h.Max)} MB, {Megabytes(h.Used)} MB of it in use" : "heap size unknown";
        logger.LogWarning("Import of {Study} failed with {Code}; Neo4j {Heap}: reported as out of memory", studyId, failure.Code, heapText);
        return new Neo4jOutOfMemoryException(
            string.Create(CultureInfo.InvariantCulture,
                $"Neo4j ran out of memory ({heapText}) importing {rows:N0} rows of study '{studyId}' ({graphRows:N0} nodes and relationships in one transaction); ")
            + "raise dbms.memory.heap.max_size (server.memory.heap.max_size on Neo4j 5) or split the file. Nothing was written.",
            failure);
    }

    private async Task<(long Max, long Used)?> ReadHeapAsync()
    {
        using var timeout = new CancellationTokenSource(HeapReadTimeout);
        try
        {
            var records = (await database.RunAsync(QueryCatalog.Embedded.Statement(QueryNames.HeapUsage), timeout.Token)).Records;
            if (records.Count == 0)
            {
                return null;
            }

            var record = records[0];
            var max = record.GetInt64("max");
            // After a collection when there was one since the failure; the current use otherwise (garbage included).
            var used = Math.Max(record.GetInt64("usedAfterGc"), 0);
            return max > 0 ? (max, used > 0 ? used : record.GetInt64("used")) : null;
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException or InvalidOperationException or FormatException)
        {
            return null; // JMX refused (hosted servers) or the server still busy: the heap is unknown
        }
    }

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);
}

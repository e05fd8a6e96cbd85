namespace RealistGraph.Neo4j.Import;

/// <summary>
/// Gives the memory of a large import back to the operating system once the import is over. A 50,000-quote import
/// passes about 1 GB through the managed heap (the document, its graph, the rows, the request bodies); afterwards
/// almost none of it is live, but .NET collects only when something allocates, so an idle service kept it all
/// (issue 11: 245 MB before, about 1 GB after, for good). A short while after the last large import (when its request,
/// and with it the document, is gone) one compacting collection in <see cref="GCCollectionMode.Aggressive"/> mode
/// returns the freed memory, trims the shared array pools and decommits what the heap does not need.
/// </summary>
internal static class LargeImportMemory
{
    /// <summary>Nodes and relationships from which an import counts as large.</summary>
    public const int LargeRows = 20_000;

    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);
    private static readonly Timer Collection = new(_ => Collect(), null, Timeout.Infinite, Timeout.Infinite);

    /// <summary>Called when an import of <paramref name="rows"/> has ended (committed or not); later imports push the collection back.</summary>
    public static void Ended(int rows)
    {
        if (rows >= LargeRows)
        {
            Collection.Change(Delay, Timeout.InfiniteTimeSpan);
        }
    }

    private static void Collect() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}

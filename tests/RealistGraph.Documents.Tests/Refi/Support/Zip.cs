using System.IO.Compression;
using System.Text;

namespace RealistGraph.Documents.Tests.Refi.Support;

/// <summary>Builds zip archives in memory, the way QDA tools lay out a .qdpx.</summary>
public static class Zip
{
    public static byte[] Of(params (string Path, string Content)[] entries) =>
        OfBytes(entries.Select(e => (e.Path, Encoding.UTF8.GetBytes(e.Content))).ToArray());

    public static byte[] OfBytes(params (string Path, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                using var stream = zip.CreateEntry(path).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static Dictionary<string, byte[]> Read(byte[] archive)
    {
        using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>The archive without RealistGraph's own part, as a QDA tool that re-exports the project writes it.</summary>
    public static byte[] WithoutRealistPart(byte[] archive) =>
        OfBytes([.. Read(archive).Where(e => !e.Key.StartsWith("realistgraph/", StringComparison.Ordinal)).Select(e => (e.Key, e.Value))]);
}

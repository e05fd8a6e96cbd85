using System.IO.Compression;
using System.Text;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// The zip of an export, written one entry at a time as it is produced: every entry compressed the same way and dated
/// the same day, so the same study always gives the same bytes.
/// </summary>
internal sealed class ExportArchive(ZipArchive zip)
{
    private static readonly DateTimeOffset _entryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding _utf8 = new(false);

    /// <summary>What the compressor is given at a time (<see cref="EntryWriteStream"/>); one piece for the whole export.</summary>
    private readonly byte[] _chunk = new byte[1024 * 1024];

    /// <summary>Writes one entry through <paramref name="write"/>; returns the SHA-256 (hex) of its uncompressed bytes.</summary>
    public string Write(string path, Action<Stream> write)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = _entryTime;
        using var stream = entry.Open();
        var content = new EntryWriteStream(stream, _chunk);
        using (content)
        {
            write(content);
        }

        return content.HexHash();
    }

    /// <summary>Writes one text entry (UTF-8, no byte order mark).</summary>
    public string WriteText(string path, Action<TextWriter> write) =>
        Write(path, stream =>
        {
            using var text = new StreamWriter(stream, _utf8, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
            write(text);
        });
}

using System.IO.Compression;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// A zip opened for reading behind guards: unsafe entry paths, too many entries and too many bytes are refused
/// before anything is decompressed, and actual decompressed bytes are counted too (headers can lie).
/// </summary>
internal sealed class SafeZip : IDisposable
{
    private readonly ZipArchive _archive;
    private readonly RefiLimits _limits;
    private readonly string _archiveName;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _furthest = new(StringComparer.Ordinal);
    private long _bytesRead;

    private SafeZip(ZipArchive archive, RefiLimits limits, string archiveName)
    {
        _archive = archive;
        _limits = limits;
        _archiveName = archiveName;
    }

    public IReadOnlyList<ZipArchiveEntry> Entries => _archive.Entries;

    public IEnumerable<ZipArchiveEntry> UnreadFiles =>
        _archive.Entries.Where(e => !IsDirectory(e) && !_read.Contains(e.FullName));

    public static SafeZip Open(Stream stream, RefiLimits limits, string archiveName)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            _ = archive.Entries.Count;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            throw new RefiImportException($"{archiveName}: not a readable zip archive ({ex.Message})", ex);
        }

        try
        {
            Check(archive, limits, archiveName);
        }
        catch
        {
            archive.Dispose();
            throw;
        }

        return new SafeZip(archive, limits, archiveName);
    }

    /// <summary>The entry at <paramref name="path"/>, else the only entry with that file name in any folder (case-insensitive).</summary>
    public ZipArchiveEntry? Find(string path)
    {
        var wanted = path.Replace('\\', '/').TrimStart('/');
        var exact = _archive.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), wanted, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var baseName = Path.GetFileName(wanted);
        return _archive.Entries.FirstOrDefault(e => !IsDirectory(e) && string.Equals(BaseName(e), baseName, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The entry's bytes, whole (a source's plain text, the manifest): bounded by the per-entry limit.</summary>
    public byte[] Read(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        using var input = Open(entry, cancellationToken);
        using var output = new MemoryStream();
        input.CopyTo(output, 81920);
        return output.ToArray();
    }

    /// <summary>
    /// The entry as a stream, to be read as it decompresses. An entry read again (project.qde is read in passes) counts
    /// toward the total limit once, by the most bytes any of its reads got.
    /// </summary>
    public Stream Open(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        _read.Add(entry.FullName);
        try
        {
            return new GuardedEntryStream(entry.Open(), entry.FullName, Count, Unreadable, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            throw Unreadable(entry.FullName, ex);
        }
    }

    private RefiImportException Unreadable(string entryName, Exception ex) => new($"{_archiveName}: entry '{entryName}' cannot be read ({ex.Message})", ex);

    /// <summary>Called after every read with how far into the entry it got; enforces both limits.</summary>
    private void Count(string entryName, long position)
    {
        if (position > _limits.MaxEntryUncompressedBytes)
        {
            throw new RefiImportException($"{_archiveName}: entry '{entryName}' decompresses to more than {_limits.MaxEntryUncompressedBytes} bytes (limit per entry)");
        }

        var before = _furthest.GetValueOrDefault(entryName);
        if (position <= before)
        {
            return;
        }

        _furthest[entryName] = position;
        _bytesRead += position - before;
        if (_bytesRead > _limits.MaxTotalUncompressedBytes)
        {
            throw new RefiImportException($"{_archiveName}: archive decompresses to more than {_limits.MaxTotalUncompressedBytes} bytes (total limit)");
        }
    }

    public void Dispose() => _archive.Dispose();

    private static string BaseName(ZipArchiveEntry entry) => Path.GetFileName(entry.FullName.Replace('\\', '/'));

    private static bool IsDirectory(ZipArchiveEntry entry) => entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\');

    private static void Check(ZipArchive archive, RefiLimits limits, string archiveName)
    {
        if (archive.Entries.Count > limits.MaxEntries)
        {
            throw new RefiImportException($"{archiveName}: {archive.Entries.Count} entries, more than the limit of {limits.MaxEntries}");
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            if (IsUnsafe(entry.FullName))
            {
                throw new RefiImportException($"{archiveName}: entry '{entry.FullName}' has an unsafe path (absolute, or with '..'); the archive is rejected");
            }

            if (entry.Length > limits.MaxEntryUncompressedBytes)
            {
                throw new RefiImportException($"{archiveName}: entry '{entry.FullName}' is {entry.Length} bytes uncompressed, more than the limit of {limits.MaxEntryUncompressedBytes} per entry");
            }

            total += entry.Length;
            if (total > limits.MaxTotalUncompressedBytes)
            {
                throw new RefiImportException($"{archiveName}: entries add up to more than {limits.MaxTotalUncompressedBytes} bytes uncompressed (total limit)");
            }
        }
    }

    private static bool IsUnsafe(string name)
    {
        var path = name.Replace('\\', '/');
        return path.StartsWith('/')
            || (path.Length >= 2 && path[1] == ':')
            || path.Split('/').Any(segment => segment == "..");
    }
}

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

    public byte[] Read(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        _read.Add(entry.FullName);
        try
        {
            using var input = entry.Open();
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _bytesRead += n;
                if (output.Length + n > _limits.MaxEntryUncompressedBytes)
                {
                    throw new RefiImportException($"{_archiveName}: entry '{entry.FullName}' decompresses to more than {_limits.MaxEntryUncompressedBytes} bytes (limit per entry)");
                }

                if (_bytesRead > _limits.MaxTotalUncompressedBytes)
                {
                    throw new RefiImportException($"{_archiveName}: archive decompresses to more than {_limits.MaxTotalUncompressedBytes} bytes (total limit)");
                }

                output.Write(buffer, 0, n);
            }

            return output.ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            throw new RefiImportException($"{_archiveName}: entry '{entry.FullName}' cannot be read ({ex.Message})", ex);
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

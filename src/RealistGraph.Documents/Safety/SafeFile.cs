namespace RealistGraph.Documents.Safety;

/// <summary>Writes a file so that it is either whole or not there: to a temporary file beside it, then moved into place.</summary>
public static class SafeFile
{
    public static async Task WriteAsync(string path, byte[] content, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

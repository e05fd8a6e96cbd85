namespace RealistGraph.Documents.Safety;

/// <summary>Writes a file so that it is either whole or not there: to a temporary file beside it, then moved into place.</summary>
public static class SafeFile
{
    public static Task WriteAsync(string path, byte[] content, CancellationToken cancellationToken = default) =>
        WriteAsync(path, (file, token) => file.WriteAsync(content, token).AsTask(), cancellationToken);

    /// <summary>Writes what <paramref name="write"/> puts into the stream it is given (a new file); nothing is left if it throws.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: false))
            {
                await write(file, cancellationToken);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

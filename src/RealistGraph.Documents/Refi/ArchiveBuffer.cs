namespace RealistGraph.Documents.Refi;

internal static class ArchiveBuffer
{
    /// <summary>
    /// A seekable stream to read the archive from (zip reading needs to seek), refusing inputs larger than the total limit:
    /// the input itself when it can seek (a file, an upload already in memory), else a copy in memory. The caller disposes
    /// what it gets only when it is not the input.
    /// </summary>
    public static async Task<Stream> SeekableAsync(Stream input, RefiLimits limits, string name, CancellationToken cancellationToken)
    {
        if (input.CanSeek && input.Position == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return input.Length > limits.MaxTotalUncompressedBytes ? throw TooLarge(limits, name) : input;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await input.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + n > limits.MaxTotalUncompressedBytes)
            {
                await buffer.DisposeAsync();
                throw TooLarge(limits, name);
            }

            buffer.Write(chunk, 0, n);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static RefiImportException TooLarge(RefiLimits limits, string name) =>
        new($"{name}: larger than {limits.MaxTotalUncompressedBytes} bytes (total limit)");
}

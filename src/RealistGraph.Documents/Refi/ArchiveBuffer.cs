namespace RealistGraph.Documents.Refi;

internal static class ArchiveBuffer
{
    /// <summary>Copies the input into memory (zip reading needs to seek), refusing inputs larger than the total limit.</summary>
    public static async Task<MemoryStream> CopyAsync(Stream input, RefiLimits limits, string name, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await input.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + n > limits.MaxTotalUncompressedBytes)
            {
                await buffer.DisposeAsync();
                throw new RefiImportException($"{name}: larger than {limits.MaxTotalUncompressedBytes} bytes (total limit)");
            }

            buffer.Write(chunk, 0, n);
        }

        buffer.Position = 0;
        return buffer;
    }
}

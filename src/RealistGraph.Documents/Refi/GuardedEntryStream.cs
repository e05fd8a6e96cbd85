namespace RealistGraph.Documents.Refi;

/// <summary>
/// One zip entry being decompressed, read-only and forward-only, behind the archive's guards: every read is counted
/// (headers can lie about sizes), the per-entry and total limits are enforced as the bytes come, cancellation is seen
/// at every read, and a corrupt entry becomes a <see cref="RefiImportException"/> naming it.
/// </summary>
internal sealed class GuardedEntryStream(
    Stream inner, string entryName, Action<string, long> counted, Func<string, Exception, RefiImportException> unreadable, CancellationToken cancellationToken)
    : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int n;
        try
        {
            n = inner.Read(buffer);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            throw unreadable(entryName, ex);
        }

        _position += n;
        counted(entryName, _position);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

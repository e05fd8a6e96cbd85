using System.Security.Cryptography;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// What an export writes into one archive entry: kept in a piece of <c>chunk.Length</c> bytes, passed on to the entry
/// when full and on dispose, and hashed (SHA-256) on the way. Deflate's output depends on how its input arrives: an
/// XmlWriter's 6 KB writes compressed a few bytes differently from one write of the whole entry, and a flush ends a
/// deflate block (a few bytes more), so the entry only ever sees large pieces and never a flush.
/// </summary>
internal sealed class EntryWriteStream(Stream entry, byte[] chunk) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _filled;
    private string? _final;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The hash of everything written, in upper-case hex; known once disposed.</summary>
    public string HexHash() => _final ?? throw new InvalidOperationException("the entry is still being written");

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        while (buffer.Length > 0)
        {
            var n = Math.Min(buffer.Length, chunk.Length - _filled);
            buffer[..n].CopyTo(chunk.AsSpan(_filled));
            _filled += n;
            buffer = buffer[n..];
            if (_filled == chunk.Length)
            {
                PassOn();
            }
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Nothing is passed on early (see the class summary).</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _final is null)
        {
            PassOn();
            _final = Convert.ToHexString(_hash.GetHashAndReset());
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private void PassOn()
    {
        entry.Write(chunk, 0, _filled);
        _filled = 0;
    }
}

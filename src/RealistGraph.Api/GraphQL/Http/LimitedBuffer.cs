namespace RealistGraph.Api.GraphQL.Http;

/// <summary>A memory stream that refuses to grow past a size, so a huge response is stopped while it is serialized.</summary>
public sealed class LimitedBuffer(long limit) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        Guard(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Guard(buffer.Length);
        base.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Guard(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Guard(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    public override void WriteByte(byte value)
    {
        Guard(1);
        base.WriteByte(value);
    }

    private void Guard(int count)
    {
        if (Length + count > limit)
        {
            throw new ResponseTooLargeException(limit);
        }
    }
}

public sealed class ResponseTooLargeException(long limit) : Exception($"The response grew past {limit} bytes.")
{
    public long Limit { get; } = limit;
}

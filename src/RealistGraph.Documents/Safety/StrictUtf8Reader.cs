using System.Buffers;
using System.Text.Unicode;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Safety;

/// <summary>
/// Reads UTF-8 bytes as text a block at a time, so that a large file is never held whole (neither its bytes nor
/// its text). Like <see cref="StrictText.Decode"/> it refuses what is not UTF-8, naming the first bad byte and its
/// offset in the file, and drops a UTF-8 byte-order mark.
/// </summary>
public sealed class StrictUtf8Reader : TextReader
{
    private const int BlockSize = 64 * 1024;
    private readonly Stream _stream;
    private readonly string _source;
    private readonly byte[] _bytes = new byte[BlockSize];
    private readonly char[] _chars = new char[BlockSize];
    private int _byteStart;
    private int _byteEnd;
    private long _offset;
    private bool _endOfStream;
    private bool _started;
    private int _charPos;
    private int _charLen;

    public StrictUtf8Reader(Stream stream, string source)
    {
        _stream = stream;
        _source = source;
    }

    /// <summary>
    /// Opens a file as text after checking its size against <paramref name="limits"/>: UTF-8 is streamed; a UTF-16
    /// file (with its byte-order mark, rare) is read whole through <see cref="StrictText.Decode"/>.
    /// </summary>
    public static TextReader OpenFile(string path, DocumentLimits limits)
    {
        var name = Path.GetFileName(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        try
        {
            if (stream.Length > limits.MaxBytes)
            {
                throw new StudyDocumentException(
                    $"{name} is {stream.Length:N0} bytes; documents are limited to {limits.MaxBytesText} (REALIST_MAX_DOCUMENT_MB)");
            }

            Span<byte> start = stackalloc byte[2];
            var read = stream.ReadAtLeast(start, 2, throwOnEndOfStream: false);
            if (read == 2 && (start is [0xFF, 0xFE] || start is [0xFE, 0xFF]))
            {
                stream.Position = 0;
                var all = new byte[stream.Length];
                stream.ReadExactly(all);
                stream.Dispose();
                return new StringReader(StrictText.Decode(all, name));
            }

            stream.Position = 0;
            return new StrictUtf8Reader(stream, name);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public override int Peek() => _charPos < _charLen || Fill() ? _chars[_charPos] : -1;

    public override int Read() => _charPos < _charLen || Fill() ? _chars[_charPos++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || (_charPos == _charLen && !Fill()))
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _charLen - _charPos);
        _chars.AsSpan(_charPos, n).CopyTo(buffer);
        _charPos += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Decodes the next block; false at the end of the stream.</summary>
    private bool Fill()
    {
        while (true)
        {
            if (_byteStart > 0)
            {
                Buffer.BlockCopy(_bytes, _byteStart, _bytes, 0, _byteEnd - _byteStart);
                _byteEnd -= _byteStart;
                _byteStart = 0;
            }

            if (!_endOfStream && _byteEnd < _bytes.Length)
            {
                var n = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
                _endOfStream = n == 0;
                _byteEnd += n;
            }

            if (!_started)
            {
                if (_byteEnd < 3 && !_endOfStream)
                {
                    continue;
                }

                _started = true;
                if (_bytes.AsSpan(0, _byteEnd).StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
                {
                    _byteStart = 3;
                    _offset = 3;
                }
            }

            var status = Utf8.ToUtf16(
                _bytes.AsSpan(_byteStart, _byteEnd - _byteStart), _chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: _endOfStream);
            if (status == OperationStatus.InvalidData || (status == OperationStatus.NeedMoreData && _endOfStream))
            {
                var bad = _offset + read;
                throw new StudyDocumentException(
                    $"{_source} is not UTF-8: byte 0x{_bytes[_byteStart + read]:X2} at byte offset {bad} does not belong there "
                    + "(save the file as UTF-8; Latin-1 and Windows-1252 are not read)");
            }

            _byteStart += read;
            _offset += read;
            if (written > 0)
            {
                _charPos = 0;
                _charLen = written;
                return true;
            }

            if (_endOfStream && _byteStart == _byteEnd)
            {
                return false;
            }
        }
    }
}

using System.Buffers;
using System.Text;
using System.Text.Unicode;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Safety;

/// <summary>
/// Turns the bytes of a document into text, refusing what is not UTF-8 instead of replacing it with U+FFFD
/// (a Latin-1 file would otherwise be stored mangled), and refusing documents over the size limit.
/// </summary>
public static class StrictText
{
    /// <summary>Reads a file whole, after checking its size against <paramref name="limits"/>.</summary>
    public static async Task<string> ReadFileAsync(string path, DocumentLimits limits, CancellationToken cancellationToken = default)
    {
        var length = new FileInfo(path).Length;
        if (length > limits.MaxBytes)
        {
            throw new StudyDocumentException(
                $"{Path.GetFileName(path)} is {length:N0} bytes; documents are limited to {limits.MaxBytesText} (REALIST_MAX_DOCUMENT_MB)");
        }

        return Decode(await File.ReadAllBytesAsync(path, cancellationToken), Path.GetFileName(path));
    }

    /// <summary>UTF-8 (a UTF-8 byte-order mark is dropped) or a UTF-16 text with its byte-order mark; anything else is refused.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]) || bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            var encoding = bytes[0] == 0xFF
                ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)
                : new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            try
            {
                return encoding.GetString(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                throw new StudyDocumentException($"{source} starts with a UTF-16 byte-order mark but is not valid UTF-16");
            }
        }

        var body = bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]) ? bytes[3..] : bytes;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(body.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var offset = read + (bytes.Length - body.Length);
                throw new StudyDocumentException(
                    $"{source} is not UTF-8: byte 0x{bytes[offset]:X2} at byte offset {offset} does not belong there "
                    + "(save the file as UTF-8; Latin-1 and Windows-1252 are not read)");
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Refuses text (e.g. a GraphQL argument) longer than the size limit.</summary>
    public static void CheckSize(string text, DocumentLimits limits, string source)
    {
        // A char is at most 3 UTF-8 bytes; count exactly only when the cheap bound says it might be too long.
        if (text.Length * 3L > limits.MaxBytes && Encoding.UTF8.GetByteCount(text) > limits.MaxBytes)
        {
            throw new StudyDocumentException($"{source} is larger than {limits.MaxBytesText}, the limit for one document (REALIST_MAX_DOCUMENT_MB)");
        }
    }
}

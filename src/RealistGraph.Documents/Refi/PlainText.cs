namespace RealistGraph.Documents.Refi;

/// <summary>
/// REFI positions count Unicode code points of the plain text, end exclusive; .NET strings are UTF-16,
/// so an emoji is one position but two chars.
/// </summary>
public static class PlainText
{
    /// <summary>CRLF and lone CR become LF, so offsets agree whichever tool wrote the file.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    public static int CodePointLength(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>UTF-16 index of each code point of <paramref name="text"/>, plus its length at the end.</summary>
    public static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            offsets.Add(index);
            index += rune.Utf16SequenceLength;
        }

        offsets.Add(text.Length);
        return [.. offsets];
    }

    /// <summary>Cuts [start, end) in code points; false when the range does not fit the text.</summary>
    public static bool TryCut(string text, int[] offsets, long start, long end, out string cut)
    {
        var length = offsets.Length - 1;
        if (start < 0 || end < start || end > length)
        {
            cut = "";
            return false;
        }

        cut = text[offsets[start]..offsets[end]];
        return true;
    }

    /// <summary>UTF-8 unless a byte-order mark says UTF-16 (some Windows tools write those); anything else is refused.</summary>
    public static string Decode(byte[] bytes, string source = "a source text") => Safety.StrictText.Decode(bytes, source);
}

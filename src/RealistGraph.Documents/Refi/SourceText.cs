namespace RealistGraph.Documents.Refi;

/// <summary>
/// The plain text of one source, resolved on first use (so a source read as a stream resolves it when its first
/// selection comes, or at its end) and prepared once for cutting selections: line endings normalized, code points indexed.
/// </summary>
internal sealed class SourceText(Func<string?> resolve)
{
    private bool _resolved;
    private string? _raw;
    private bool _blank;
    private string _normalized = "";
    private int[] _offsets = [];

    /// <summary>The text as found, or null when there is none (already reported).</summary>
    public string? Raw => Resolved()._raw;

    /// <summary>There is a text, but only white space.</summary>
    public bool IsBlank => Resolved()._blank;

    public string Normalized => Resolved()._normalized;

    /// <summary>UTF-16 index of each code point of <see cref="Normalized"/>, and its length at the end.</summary>
    public int[] Offsets => Resolved()._offsets;

    private SourceText Resolved()
    {
        if (_resolved)
        {
            return this;
        }

        _resolved = true;
        _raw = resolve();
        _blank = _raw is not null && string.IsNullOrWhiteSpace(_raw);
        if (_raw is not null && !_blank)
        {
            _normalized = PlainText.NormalizeLineEndings(_raw);
            _offsets = PlainText.CodePointOffsets(_normalized);
        }

        return this;
    }
}

namespace RealistGraph.Application.Analysis.Suggestions;

/// <summary>Cuts the sentence around a matched word out of a text, so a reader sees the match in its place.</summary>
internal static class Passages
{
    private const int MaxLength = 240;
    private const int Context = 110;
    private static readonly char[] Ends = ['.', '!', '?', ';', '\n'];

    public static string Around(string text, int start, int end)
    {
        var from = text.LastIndexOfAny(Ends, Math.Max(0, start - 1)) + 1;
        var to = text.IndexOfAny(Ends, end);
        to = to < 0 ? text.Length : to + 1;
        if (to - from > MaxLength)
        {
            from = Math.Max(from, start - Context);
            to = Math.Min(to, end + Context);
            return ((from > 0 ? "…" : string.Empty) + text[from..to].Trim() + (to < text.Length ? "…" : string.Empty)).Trim();
        }

        return text[from..to].Trim();
    }
}

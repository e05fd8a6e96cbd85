using System.Globalization;

namespace RealistGraph.Bench;

/// <summary>Formatting of the printed figures.</summary>
public static class Report
{
    public static string Seconds(TimeSpan t) => t.TotalSeconds >= 10
        ? t.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture)
        : t.TotalSeconds >= 1 ? t.TotalSeconds.ToString("0.00 's'", CultureInfo.InvariantCulture)
        : t.TotalMilliseconds >= 10 ? t.TotalMilliseconds.ToString("0 'ms'", CultureInfo.InvariantCulture)
        : t.TotalMilliseconds.ToString("0.00 'ms'", CultureInfo.InvariantCulture);

    public static string Ratio(TimeSpan slow, TimeSpan fast) =>
        (slow.TotalMilliseconds / Math.Max(fast.TotalMilliseconds, 0.001)).ToString("0.0'×'", CultureInfo.InvariantCulture);

    public static TimeSpan Median(IReadOnlyList<TimeSpan> samples)
    {
        var sorted = samples.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>A Markdown table, so that the output can be pasted into docs/benchmarks.md as it is.</summary>
    public static void Table(TextWriter writer, string[] headings, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(headings).ToList();
        var widths = headings.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        writer.WriteLine(Line(headings));
        writer.WriteLine("| " + string.Join(" | ", widths.Select(w => new string('-', w))) + " |");
        foreach (var row in all.Skip(1))
        {
            writer.WriteLine(Line(row));
        }
    }
}

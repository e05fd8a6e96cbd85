using System.Xml.Linq;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// One plain-text source made of quotes (separated by a blank line), each a coded selection at its code-point offsets.
/// The selections and the text are produced in two passes over the same quotes, so neither is held whole: project.qde
/// takes the selections, the source's own archive entry the text.
/// </summary>
internal static class QuoteSourceWriter
{
    private const string Separator = "\n\n";

    /// <summary>The coded selections, one at a time, at the offsets <see cref="WriteText"/> gives the quotes.</summary>
    public static IEnumerable<XElement> Selections(
        IReadOnlyList<QuoteEntry> quotes, ExportGuids guids, Dictionary<string, string> codeGuids, List<string> problems, XNamespace ns)
    {
        var position = 0;
        foreach (var quote in quotes)
        {
            if (position > 0)
            {
                position += Separator.Length;
            }

            var start = position;
            position += PlainText.CodePointLength(PlainText.NormalizeLineEndings(quote.Text));

            var codings = new List<XElement>();
            foreach (var (kind, id) in quote.Themes.Select(t => ("theme", t)).Concat(quote.Mechanisms.Select(m => ("mechanism", m))))
            {
                if (!codeGuids.TryGetValue($"{kind}:{id}", out var codeGuid))
                {
                    problems.Add($"quote '{quote.Id}': {kind} '{id}' does not exist; that coding is not exported");
                    continue;
                }

                codings.Add(new XElement(ns + "Coding",
                    new XAttribute("guid", guids.Coding(quote.Id, codeGuid)),
                    new XElement(ns + "CodeRef", new XAttribute("targetGUID", codeGuid))));
            }

            yield return new XElement(ns + "PlainTextSelection",
                new XAttribute("guid", guids.Quote(quote.Id)),
                new XAttribute("name", quote.Id),
                new XAttribute("startPosition", start),
                new XAttribute("endPosition", position),
                codings);
        }
    }

    /// <summary>The source's text: the quotes with line endings made LF, a blank line between two (none after an empty start).</summary>
    public static void WriteText(IReadOnlyList<QuoteEntry> quotes, TextWriter output)
    {
        var empty = true;
        foreach (var quote in quotes)
        {
            if (!empty)
            {
                output.Write(Separator);
            }

            var text = PlainText.NormalizeLineEndings(quote.Text);
            output.Write(text);
            empty &= text.Length == 0;
        }
    }
}

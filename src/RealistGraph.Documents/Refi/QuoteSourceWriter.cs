using System.Text;
using System.Xml.Linq;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>One plain-text source made of quotes (separated by a blank line), each a coded selection at its code-point offsets.</summary>
internal static class QuoteSourceWriter
{
    public static (string Text, List<XElement> Selections) Write(
        List<QuoteEntry> quotes, ExportGuids guids, Dictionary<string, string> codeGuids, List<string> problems, XNamespace ns)
    {
        var text = new StringBuilder();
        var position = 0;
        var selections = new List<XElement>();
        foreach (var quote in quotes)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
                position += 2;
            }

            var quoteText = PlainText.NormalizeLineEndings(quote.Text);
            var start = position;
            text.Append(quoteText);
            position += PlainText.CodePointLength(quoteText);

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

            selections.Add(new XElement(ns + "PlainTextSelection",
                new XAttribute("guid", guids.Quote(quote.Id)),
                new XAttribute("name", quote.Id),
                new XAttribute("startPosition", start),
                new XAttribute("endPosition", position),
                codings));
        }

        return (text.ToString(), selections);
    }
}

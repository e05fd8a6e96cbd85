using System.Xml;
using System.Xml.Linq;
using RealistGraph.Documents.Safety;

namespace RealistGraph.Documents.Refi;

/// <summary>Loads XML with DTDs prohibited and no resolver, so no external entity (XXE) or entity expansion is possible.</summary>
internal static class SafeXml
{
    public static XDocument Load(byte[] content, string fileName)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CloseInput = true,
        };
        try
        {
            CheckDepth(content, settings, fileName, DocumentLimits.Default);
            using var reader = XmlReader.Create(new MemoryStream(content), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            var why = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "a DTD (<!DOCTYPE>) is not allowed, so external entities cannot be used"
                : ex.Message;
            throw new RefiImportException($"{fileName}: malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {why}", ex);
        }
    }

    /// <summary>
    /// One streaming pass before the tree is built: the readers of codebooks recurse over nested elements, so nesting
    /// deeper than the limit is refused here, where no recursion has started.
    /// </summary>
    private static void CheckDepth(byte[] content, XmlReaderSettings settings, string fileName, DocumentLimits limits)
    {
        using var reader = XmlReader.Create(new MemoryStream(content), settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth >= limits.MaxDepth)
            {
                var at = (IXmlLineInfo)reader;
                throw new RefiImportException(
                    $"{fileName}: elements nest more than {limits.MaxDepth} levels deep at line {at.LineNumber} (REALIST_MAX_DOCUMENT_DEPTH)");
            }
        }
    }

    /// <summary>Child elements by local name: tools disagree on namespaces (none, or a mistyped one), never on names.</summary>
    public static IEnumerable<XElement> Children(this XElement element, string localName) =>
        element.Elements().Where(e => e.Name.LocalName == localName);

    public static XElement? Child(this XElement element, string localName) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    public static string? Attr(this XElement element, string name) => element.Attribute(name)?.Value;

    public static string LineInfo(this XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}" : "";
}

using System.Xml;
using System.Xml.Linq;
using RealistGraph.Documents.Safety;

namespace RealistGraph.Documents.Refi;

/// <summary>Reads XML with DTDs prohibited and no resolver, so no external entity (XXE) or entity expansion is possible.</summary>
internal static class SafeXml
{
    private const LoadOptions Options = LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace;
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>A whole document (a codebook), opened twice: once to check it as a stream, once to build the tree.</summary>
    public static XDocument Load(Func<Stream> open, string fileName)
    {
        Check(open, fileName);
        try
        {
            using var reader = Create(open());
            return XDocument.Load(reader, Options);
        }
        catch (XmlException ex)
        {
            throw Malformed(ex, fileName);
        }
    }

    /// <summary>
    /// One streaming pass over the whole content before anything is built from it: malformed XML, a DTD and nesting
    /// deeper than the limit (the readers of codebooks recurse over nested elements) are refused here, where no tree
    /// and no recursion exist. <paramref name="visit"/> sees every element. When the content is refused, the rest of the
    /// stream is read first, so a broken or oversized archive entry is reported as that, as when entries were read whole.
    /// </summary>
    public static void Check(Func<Stream> open, string fileName, Action<XmlReader>? visit = null)
    {
        var limits = DocumentLimits.Default;
        using var stream = open();
        Exception? refused = null;
        try
        {
            using var reader = Create(stream, closeInput: false);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth >= limits.MaxDepth)
                {
                    var at = (IXmlLineInfo)reader;
                    refused = new RefiImportException(
                        $"{fileName}: elements nest more than {limits.MaxDepth} levels deep at line {at.LineNumber} (REALIST_MAX_DOCUMENT_DEPTH)");
                    break;
                }

                visit?.Invoke(reader);
            }
        }
        catch (XmlException ex)
        {
            refused = Malformed(ex, fileName);
        }

        if (refused is not null)
        {
            stream.CopyTo(Stream.Null);
            throw refused;
        }
    }

    public static XmlReader Create(Stream stream, bool closeInput = true) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = closeInput,
    });

    /// <summary>The element the reader is on, whole, with line numbers; the reader is left on its end.</summary>
    public static XElement ReadElement(XmlReader reader)
    {
        using var subtree = reader.ReadSubtree();
        return XElement.Load(subtree, Options);
    }

    /// <summary>The element the reader is on with its attributes but none of its content; the reader does not move.</summary>
    public static XElement Shallow(XmlReader reader)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI != XmlnsNamespace)
            {
                element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
            }
        }

        reader.MoveToElement();
        return element;
    }

    /// <summary>
    /// Each child element of the element the reader is on, as a reader over that child alone (positioned on it), in
    /// document order. Whatever of a child its reader leaves unread is skipped before the next.
    /// </summary>
    public static IEnumerable<XmlReader> Children(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            yield break;
        }

        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                using var child = reader.ReadSubtree();
                child.Read();
                yield return child;
            }
        }
    }

    private static RefiImportException Malformed(XmlException ex, string fileName)
    {
        var why = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? "a DTD (<!DOCTYPE>) is not allowed, so external entities cannot be used"
            : ex.Message;
        return new RefiImportException($"{fileName}: malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {why}", ex);
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

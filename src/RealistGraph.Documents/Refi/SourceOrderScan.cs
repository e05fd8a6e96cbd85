using System.Xml;
using System.Xml.Linq;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// Finds, during the checking pass over <c>project.qde</c>, the sources a streaming read cannot take in document order:
/// a text source (or a PDF's text <c>Representation</c>) whose <c>PlainTextContent</c> comes after one of its
/// selections (the selections need the text), and a PDF source with a <c>PDFSelection</c> after its
/// <c>Representation</c> (they are reported first). The schema allows neither; the few that do it are read whole.
/// </summary>
internal sealed class SourceOrderScan
{
    private readonly HashSet<int> _irregular = [];
    private bool _sourcesSeen;
    private bool _inSources;
    private int _index = -1;
    private string _kind = "";
    private TextOrder _source = new();
    private TextOrder _representation = new();
    private bool _representationSeen;
    private bool _inRepresentation;

    public bool IsIrregular(int index) => _irregular.Contains(index);

    /// <summary>Sees one element of the document (the reader is on its start).</summary>
    public void Visit(XmlReader reader)
    {
        switch (reader.Depth)
        {
            case 1:
                _inSources = reader.LocalName == "Sources" && !_sourcesSeen;
                _sourcesSeen |= _inSources;
                break;
            case 2 when _inSources:
                _index++;
                _kind = reader.LocalName;
                _source = new TextOrder();
                _representation = new TextOrder();
                _representationSeen = false;
                _inRepresentation = false;
                break;
            case 3 when _inSources:
                _inRepresentation = false;
                if (_kind == "PDFSource")
                {
                    VisitPdfChild(reader.LocalName);
                }
                else if (_kind == "TextSource" && !_source.Accepts(reader.LocalName))
                {
                    _irregular.Add(_index);
                }

                break;
            case 4 when _inRepresentation && !_representation.Accepts(reader.LocalName):
                _irregular.Add(_index);
                break;
        }
    }

    private void VisitPdfChild(string name)
    {
        if (name == "PDFSelection" && _representationSeen)
        {
            _irregular.Add(_index);
        }
        else if (name == "Representation" && !_representationSeen)
        {
            _representationSeen = true;
            _inRepresentation = true;
        }
    }

    /// <summary>A copy of a source whose children come in the order a streaming read needs, as the schema has them.</summary>
    public static XElement InSchemaOrder(XElement source)
    {
        var children = source.Elements().ToList();
        if (source.Name.LocalName == "PDFSource")
        {
            var representation = children.FirstOrDefault(c => c.Name.LocalName == "Representation");
            children = [.. children.Where(c => c.Name.LocalName == "PDFSelection"),
                .. children.Where(c => c.Name.LocalName != "PDFSelection").Select(c => c == representation ? TextFirst(c) : c)];
            return new XElement(source.Name, source.Attributes(), children);
        }

        return TextFirst(source);
    }

    private static XElement TextFirst(XElement source)
    {
        var children = source.Elements().ToList();
        var text = children.FirstOrDefault(c => c.Name.LocalName == "PlainTextContent");
        return new XElement(source.Name, source.Attributes(), text is null ? children : children.Where(c => c != text).Prepend(text));
    }

    /// <summary>Whether a text's first <c>PlainTextContent</c> came before all of its selections.</summary>
    private sealed class TextOrder
    {
        private bool _selectionSeen;
        private bool _textSeen;

        public bool Accepts(string childName)
        {
            if (childName == "PlainTextSelection")
            {
                _selectionSeen = true;
            }
            else if (childName == "PlainTextContent" && !_textSeen)
            {
                _textSeen = true;
                return !_selectionSeen;
            }

            return true;
        }
    }
}

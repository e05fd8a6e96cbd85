using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// <c>project.qde</c> inside the archive, read as it decompresses, in passes, never as one tree: <see cref="Check"/>
/// (well-formed, no DTD, not too deep), <see cref="ReadSkeleton"/> (everything but the sources: users, codebook,
/// variables, cases, notes, sets...; the sets follow the sources in the schema and decide what each code is, so the
/// sources need the rest first), then <see cref="ReadSources"/>, one source at a time, each read selection by selection.
/// </summary>
internal sealed class ProjectQde(SafeZip zip, ZipArchiveEntry entry, string fileName, CancellationToken cancellationToken)
{
    private readonly SourceOrderScan _order = new();

    public void Check() => SafeXml.Check(Open, fileName, _order.Visit);

    /// <summary>The root element with every child element but the sources, whole and with line numbers.</summary>
    public XElement ReadSkeleton()
    {
        using var reader = SafeXml.Create(Open());
        reader.MoveToContent();
        var root = SafeXml.Shallow(reader);
        foreach (var child in SafeXml.Children(reader))
        {
            if (child.LocalName != "Sources")
            {
                root.Add(SafeXml.ReadElement(child));
            }
        }

        return root;
    }

    /// <summary>
    /// Gives <paramref name="read"/> a reader on each element of the (first) <c>Sources</c>, in order. A source whose
    /// children come in an order the schema does not allow and a streaming read cannot follow (its text after its
    /// selections) is read whole and handed over with its children in the order the schema gives.
    /// </summary>
    public void ReadSources(Action<XmlReader> read)
    {
        using var reader = SafeXml.Create(Open());
        reader.MoveToContent();
        foreach (var child in SafeXml.Children(reader))
        {
            if (child.LocalName != "Sources")
            {
                continue;
            }

            var index = 0;
            foreach (var source in SafeXml.Children(child))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_order.IsIrregular(index++))
                {
                    using var whole = SourceOrderScan.InSchemaOrder(SafeXml.ReadElement(source)).CreateReader();
                    whole.MoveToContent();
                    read(whole);
                }
                else
                {
                    read(source);
                }
            }

            return;
        }
    }

    private Stream Open() => zip.Open(entry, cancellationToken);
}

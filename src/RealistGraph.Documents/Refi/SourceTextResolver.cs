using System.Xml.Linq;

namespace RealistGraph.Documents.Refi;

/// <summary>Finds the plain text of a text source: inline, or a file inside the archive; never a file outside it.</summary>
internal sealed class SourceTextResolver(SafeZip zip, ImportReport report, CancellationToken cancellationToken)
{
    private const string Internal = "internal://";

    /// <summary>The source's plain text, or null after reporting why there is none.</summary>
    public string? Resolve(XElement source, string label)
    {
        var kind = source.Name.LocalName;
        var inline = source.Child("PlainTextContent");
        if (inline is not null)
        {
            return inline.Value;
        }

        var rich = source.Attr("richTextPath");
        var path = source.Attr("plainTextPath");
        if (string.IsNullOrWhiteSpace(path))
        {
            report.Skip(kind, label, rich is null
                ? "no PlainTextContent and no plainTextPath"
                : $"rich-text source ({rich}) without a plain-text rendering; positions refer to plain text, so it cannot be read");
            return null;
        }

        if (!path.StartsWith(Internal, StringComparison.OrdinalIgnoreCase))
        {
            report.Skip(kind, label, path.StartsWith("relative:", StringComparison.OrdinalIgnoreCase) || path.StartsWith("absolute:", StringComparison.OrdinalIgnoreCase)
                ? $"plain text at '{path}' is outside the archive; external files are not read"
                : $"plain text path '{path}' has no known scheme (internal://, relative://, absolute://)");
            return null;
        }

        var relative = path[Internal.Length..];
        // Some tools percent-encode file names in the path ("My%20interview.txt").
        var entry = zip.Find(relative) ?? zip.Find(Uri.UnescapeDataString(relative));
        if (entry is null)
        {
            report.Skip(kind, label, $"plain text file '{path}' is not in the archive (looked in every folder, ignoring case)");
            return null;
        }

        var text = PlainText.Decode(zip.Read(entry, cancellationToken), entry.FullName);
        if (text.Length == 0 && rich is not null)
        {
            report.Skip(kind, label, $"plain text file '{entry.FullName}' of rich-text source ({rich}) is empty");
            return null;
        }

        return text;
    }
}

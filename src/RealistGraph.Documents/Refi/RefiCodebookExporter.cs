using System.Xml.Linq;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>Exports the codes of a study document alone as a REFI-QDA codebook (<c>.qdc</c>).</summary>
public static class RefiCodebookExporter
{
    private static readonly XNamespace _ns = RefiNames.CodebookNamespace;

    public static async Task ExportAsync(StudyDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        var bytes = RefiProjectExporter.XmlBytes(Build(document));
        await output.WriteAsync(bytes, cancellationToken);
    }

    public static XDocument Build(StudyDocument document)
    {
        var writer = new CodebookWriter(document, _ns);
        if (!writer.HasCodes)
        {
            throw new ArgumentException($"study '{document.Id}' has no domains, themes, contexts, mechanisms or outcomes; a codebook needs at least one code", nameof(document));
        }

        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(_ns + "CodeBook", new XAttribute("origin", RefiNames.Origin), writer.Codes(), writer.Sets("guid")));
    }
}

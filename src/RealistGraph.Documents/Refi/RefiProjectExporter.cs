using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using RealistGraph.Documents.Safety;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// Exports a study document as a REFI-QDA project: the codebook, one case per participant, and one plain-text
/// source per participant made of that participant's quotes, each quote a coded PlainTextSelection.
/// The same document always gives the same bytes. Each entry is written into the archive as it is produced
/// (<see cref="ProjectQdeWriter"/>, <see cref="QuoteSourceWriter"/>), so an export holds the study document and
/// little else, however large the project.
/// </summary>
public static class RefiProjectExporter
{
    /// <summary>Writes the <c>.qdpx</c> and, beside it, <c>{name}.mapping.yaml</c> for a faithful re-import.</summary>
    public static async Task<IReadOnlyList<string>> ExportFilesAsync(StudyDocument document, string qdpxPath, CancellationToken cancellationToken = default)
    {
        // Written beside the target and moved over it: a failed export leaves whatever was there before, never a
        // 0-byte or partial file.
        IReadOnlyList<string> problems = [];
        await SafeFile.WriteAsync(qdpxPath, (file, token) =>
        {
            problems = WriteArchive(document, file, token);
            return Task.CompletedTask;
        }, cancellationToken);
        var mapping = RefiMapping.ForExport(document).ToYaml();
        await SafeFile.WriteAsync(Path.ChangeExtension(qdpxPath, ".mapping.yaml"), new UTF8Encoding(false).GetBytes(mapping), cancellationToken);
        return problems;
    }

    /// <returns>What could not be exported faithfully (e.g. a quote that refers to an unknown theme).</returns>
    public static async Task<IReadOnlyList<string>> ExportAsync(StudyDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        // A zip written where it cannot seek back to its entry headers is laid out differently (data descriptors), so
        // such an output gets the archive through a temporary file, byte for byte what a file would hold.
        if (output.CanSeek && output.Position == 0 && output.Length == 0)
        {
            return WriteArchive(document, output, cancellationToken);
        }

        await using var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        var problems = WriteArchive(document, spool, cancellationToken);
        spool.Position = 0;
        await spool.CopyToAsync(output, cancellationToken);
        return problems;
    }

    private static List<string> WriteArchive(StudyDocument document, Stream output, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var problems = new List<string>();
        var project = new ProjectQdeWriter(document, new ExportGuids(document));
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var archive = new ExportArchive(zip);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RefiNames.ProjectEntry] = archive.Write(RefiNames.ProjectEntry, stream => project.Write(stream, problems, cancellationToken)),
        };
        foreach (var source in project.Sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            hashes.Add(source.Path, archive.WriteText(source.Path, text => QuoteSourceWriter.WriteText(source.Quotes, text)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        EmbeddedStudy.Write(archive, document, hashes);
        return problems;
    }

    internal static byte[] XmlBytes(XDocument document)
    {
        using var stream = new MemoryStream();
        try
        {
            using var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" });
            document.Save(writer);
        }
        catch (ArgumentException ex)
        {
            // Only texts stored before import refused such characters can get here.
            throw new StudyDocumentException($"the study cannot be written as XML: {ex.Message} Remove the character and export again.", ex);
        }

        return stream.ToArray();
    }
}

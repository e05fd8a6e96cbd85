using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using RealistGraph.Documents.Safety;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// Exports a study document as a REFI-QDA project: the codebook, one case per participant, and one plain-text
/// source per participant made of that participant's quotes, each quote a coded PlainTextSelection.
/// The same document always gives the same bytes.
/// </summary>
public static class RefiProjectExporter
{
    private static readonly XNamespace _ns = RefiNames.ProjectNamespace;
    private static readonly DateTimeOffset _entryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the <c>.qdpx</c> and, beside it, <c>{name}.mapping.yaml</c> for a faithful re-import.</summary>
    public static async Task<IReadOnlyList<string>> ExportFilesAsync(StudyDocument document, string qdpxPath, CancellationToken cancellationToken = default)
    {
        // Built whole in memory first, then written beside the target and moved over it: a failed export leaves
        // whatever was there before, never a 0-byte or partial file.
        using var archive = new MemoryStream();
        var problems = await ExportAsync(document, archive, cancellationToken);
        var mapping = RefiMapping.ForExport(document).ToYaml();
        await SafeFile.WriteAsync(qdpxPath, archive.ToArray(), cancellationToken);
        await SafeFile.WriteAsync(Path.ChangeExtension(qdpxPath, ".mapping.yaml"), new UTF8Encoding(false).GetBytes(mapping), cancellationToken);
        return problems;
    }

    /// <returns>What could not be exported faithfully (e.g. a quote that refers to an unknown theme).</returns>
    public static async Task<IReadOnlyList<string>> ExportAsync(StudyDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        var (project, sources) = Build(document, problems);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entries = new List<(string Path, byte[] Content)> { (RefiNames.ProjectEntry, XmlBytes(project)) };
            entries.AddRange(sources.Select(s => (s.Path, new UTF8Encoding(false).GetBytes(s.Text))));
            foreach (var (path, content) in entries.Concat(EmbeddedStudy.Entries(document, entries)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Write(zip, path, content);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
        return problems;
    }

    /// <summary>The <c>project.qde</c> document and the source files (archive path → text) of an export.</summary>
    public static (XDocument Project, IReadOnlyList<(string Path, string Text)> Sources) Build(StudyDocument document, List<string> problems)
    {
        var guids = new ExportGuids(document);
        var codebook = new CodebookWriter(document, _ns);
        var codeGuids = CodeGuids(document, guids);
        var sources = new List<(string Path, string Text)>();
        var participants = document.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);

        var sourceElements = new List<XElement>();
        var sourceOfParticipant = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in document.Quotes.GroupBy(q => q.Participant is not null && participants.ContainsKey(q.Participant) ? q.Participant : null))
        {
            var key = group.Key ?? "unattributed";
            var guid = guids.Source(key);
            var name = guids.SourceName(key) ?? (group.Key is null ? "Unattributed quotes" : participants[group.Key].Label);
            var (text, selections) = QuoteSourceWriter.Write(group.ToList(), guids, codeGuids, problems, _ns);
            sources.Add(($"sources/{guid}.txt", text));
            sourceElements.Add(new XElement(_ns + "TextSource",
                new XAttribute("guid", guid),
                new XAttribute("name", name),
                new XAttribute("plainTextPath", $"internal://{guid}.txt"),
                selections));
            if (group.Key is not null)
            {
                sourceOfParticipant[group.Key] = guid;
            }
        }

        foreach (var quote in document.Quotes.Where(q => q.Participant is not null && !participants.ContainsKey(q.Participant)))
        {
            problems.Add($"quote '{quote.Id}': participant '{quote.Participant}' does not exist; exported without a case");
        }

        var domainIds = document.Domains.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var theme in document.Themes.Where(t => !domainIds.Contains(t.Domain)))
        {
            problems.Add($"theme '{theme.Id}': domain '{theme.Domain}' does not exist; exported as a top-level code");
        }

        var variableNames = CaseWriter.VariableNames(document);
        var project = new XElement(_ns + "Project",
            new XAttribute("name", string.IsNullOrWhiteSpace(document.Title) ? document.Id : document.Title),
            new XAttribute("origin", RefiNames.Origin),
            Users(document, _ns),
            codebook.HasCodes ? new XElement(_ns + "CodeBook", codebook.Codes()) : null,
            variableNames.Count == 0 ? null : new XElement(_ns + "Variables", variableNames.Select(v =>
                new XElement(_ns + "Variable", new XAttribute("guid", guids.Variable(v)), new XAttribute("name", v), new XAttribute("typeOfVariable", "Text")))),
            document.Participants.Count == 0 ? null : new XElement(_ns + "Cases", document.Participants.Select(p => CaseWriter.Case(p, guids, sourceOfParticipant, _ns))),
            sourceElements.Count == 0 ? null : new XElement(_ns + "Sources", sourceElements),
            codebook.Sets("targetGUID"),
            string.IsNullOrWhiteSpace(document.Summary) ? null : new XElement(_ns + "Description", document.Summary));
        return (new XDocument(new XDeclaration("1.0", "utf-8", null), project), sources);
    }

    private static XElement? Users(StudyDocument document, XNamespace ns)
    {
        var users = (document.Qda?.Users ?? []).Where(u => Guid.TryParse(u.Guid, out _)).ToList();
        return users.Count == 0 ? null : new XElement(ns + "Users", users.Select(u =>
            new XElement(ns + "User", new XAttribute("guid", u.Guid), u.Id.Length == 0 ? null : new XAttribute("name", u.Id))));
    }

    private static Dictionary<string, string> CodeGuids(StudyDocument document, ExportGuids guids)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var theme in document.Themes)
        {
            map.TryAdd($"theme:{theme.Id}", guids.Theme(theme.Id));
        }

        foreach (var mechanism in document.Mechanisms)
        {
            map.TryAdd($"mechanism:{mechanism.Id}", guids.Mechanism(mechanism.Id));
        }

        return map;
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

    private static void Write(ZipArchive zip, string path, byte[] content)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = _entryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }
}

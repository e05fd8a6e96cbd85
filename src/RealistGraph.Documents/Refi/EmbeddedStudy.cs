using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// The realist structure REFI-QDA has no element for, kept in a namespaced part of the archive
/// (<c>realistgraph/study.yaml</c>, the whole study document) with a manifest (<c>realistgraph/manifest.json</c>)
/// holding the SHA-256 of <c>project.qde</c> and of every source file as exported. The standard lets an archive
/// carry files the project does not name; QDA tools ignore them. On import an unchanged project gives back the
/// stored document as it was; a changed one is reconciled (<see cref="StudyReconciler"/>).
/// </summary>
internal static class EmbeddedStudy
{
    public const string Folder = "realistgraph/";
    public const string DocumentEntry = Folder + "study.yaml";
    public const string ManifestEntry = Folder + "manifest.json";
    public const string Format = "realistgraph-study/1";

    private static readonly JsonSerializerOptions _json = new() { WriteIndented = true };

    /// <summary>What the manifest says: the format and the hash of each exported file (archive path → hex SHA-256).</summary>
    public sealed record Manifest(string Format, string StudyId, Dictionary<string, string> Files);

    /// <summary>The stored document and whether the QDA part of the archive is byte for byte what was exported.</summary>
    public sealed record Stored(StudyDocument Document, bool Unchanged, IReadOnlyList<string> Changed);

    /// <summary>Writes the document and the manifest of the entries exported before them (archive path → hex SHA-256).</summary>
    public static void Write(ExportArchive archive, StudyDocument document, Dictionary<string, string> exported)
    {
        archive.WriteText(DocumentEntry, text => StudyDocumentWriter.WriteYaml(document, text));
        archive.Write(ManifestEntry, stream => JsonSerializer.Serialize(stream, new Manifest(Format, document.Id, exported), _json));
    }

    /// <summary>The stored study of an archive, or null when it has none (any other tool's project) or it cannot be read (reported).</summary>
    public static Stored? Read(SafeZip zip, ImportReport report, CancellationToken cancellationToken)
    {
        var documentEntry = Exact(zip, DocumentEntry);
        var manifestEntry = Exact(zip, ManifestEntry);
        if (documentEntry is null || manifestEntry is null)
        {
            if (documentEntry is not null || manifestEntry is not null)
            {
                report.Warn("Archive entry", Folder, $"only one of {DocumentEntry} and {ManifestEntry} is there; the realist structure is not restored");
            }

            return null;
        }

        Manifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<Manifest>(zip.Read(manifestEntry, cancellationToken));
        }
        catch (JsonException ex)
        {
            report.Warn("Archive entry", ManifestEntry, $"not readable ({ex.Message}); the realist structure is not restored");
            return null;
        }

        if (manifest?.Format != Format || manifest.Files is null)
        {
            report.Warn("Archive entry", ManifestEntry, $"format '{manifest?.Format}' is not '{Format}'; the realist structure is not restored");
            return null;
        }

        var parsed = StudyDocumentReader.TryParse(Encoding.UTF8.GetString(zip.Read(documentEntry, cancellationToken)));
        if (!parsed.Succeeded)
        {
            report.Warn("Archive entry", DocumentEntry, $"not a valid study document ({string.Join("; ", parsed.Problems.Take(3))}); the realist structure is not restored");
            return null;
        }

        var changed = new List<string>();
        foreach (var (path, hash) in manifest.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var entry = Exact(zip, path);
            if (entry is null || !string.Equals(Hash(entry, zip, cancellationToken), hash, StringComparison.OrdinalIgnoreCase))
            {
                changed.Add(path);
            }
        }

        var known = manifest.Files.Keys.Append(DocumentEntry).Append(ManifestEntry).ToHashSet(StringComparer.OrdinalIgnoreCase);
        changed.AddRange(zip.Entries.Where(e => !e.FullName.EndsWith('/') && !known.Contains(e.FullName)).Select(e => e.FullName));
        return new Stored(parsed.Document!, changed.Count == 0, changed);
    }

    private static ZipArchiveEntry? Exact(SafeZip zip, string path) =>
        zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), path, StringComparison.OrdinalIgnoreCase));

    /// <summary>An entry's hash as it decompresses (project.qde can be most of the archive; it is not held whole).</summary>
    private static string Hash(ZipArchiveEntry entry, SafeZip zip, CancellationToken cancellationToken)
    {
        using var content = zip.Open(entry, cancellationToken);
        return Convert.ToHexString(SHA256.HashData(content));
    }
}

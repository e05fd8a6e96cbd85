using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace RealistGraph.IntegrationTests.Cli;

/// <summary>
/// Generated REFI-QDA projects of a given number of coded selections, the same at every run, laid out as QDA tools
/// export them: the 21 codes of <see cref="LargeStudyFiles"/> under Personal/Social/Structural, 400 cases each with
/// one interview transcript kept as a plain-text file in the archive (<c>internal://</c>), and selections of about 240
/// characters with two codings each. Written as a stream, so the test process holds one transcript at a time.
/// </summary>
public static class LargeQdpxFiles
{
    private const int Sources = 400;
    private const string Namespace = "urn:QDA-XML:project:1.0";

    private static readonly string[] Domains = ["Personal", "Social", "Structural"];

    /// <summary>Writes the project to <paramref name="path"/>; returns the bytes its entries hold uncompressed.</summary>
    public static async Task<long> WriteAsync(string path, int selections)
    {
        await using (var file = File.Create(path))
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Create);
            await WriteEntriesAsync(zip, selections);
        }

        using var written = ZipFile.OpenRead(path);
        return written.Entries.Sum(e => e.Length);
    }

    private static async Task WriteEntriesAsync(ZipArchive zip, int selections)
    {
        await using (var entry = zip.CreateEntry("project.qde", CompressionLevel.Fastest).Open())
        {
            WriteProject(entry, selections);
        }

        for (var source = 0; source < Sources; source++)
        {
            await using var entry = zip.CreateEntry($"sources/{Guid(4, source)}.txt", CompressionLevel.Fastest).Open();
            var bytes = new UTF8Encoding(false).GetBytes(string.Join('\n', Excerpts(source, selections)));
            await entry.WriteAsync(bytes);
        }
    }

    private static void WriteProject(Stream output, int selections)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true });
        xml.WriteStartDocument();
        xml.WriteStartElement("Project", Namespace);
        xml.WriteAttributeString("name", $"Generated project {selections}");
        xml.WriteAttributeString("origin", "RealistGraph tests");
        WriteCodeBook(xml);
        xml.WriteStartElement("Cases", Namespace);
        for (var source = 0; source < Sources; source++)
        {
            xml.WriteStartElement("Case", Namespace);
            xml.WriteAttributeString("guid", Guid(3, source));
            xml.WriteAttributeString("name", $"P{source + 1}");
            xml.WriteStartElement("SourceRef", Namespace);
            xml.WriteAttributeString("targetGUID", Guid(4, source));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("Sources", Namespace);
        var selection = 0;
        for (var source = 0; source < Sources; source++)
        {
            xml.WriteStartElement("TextSource", Namespace);
            xml.WriteAttributeString("guid", Guid(4, source));
            xml.WriteAttributeString("name", $"Interview P{source + 1}");
            xml.WriteAttributeString("plainTextPath", $"internal://{Guid(4, source)}.txt");
            var random = new Random(source);
            var start = 0;
            foreach (var excerpt in Excerpts(source, selections))
            {
                xml.WriteStartElement("PlainTextSelection", Namespace);
                xml.WriteAttributeString("guid", Guid(5, selection));
                xml.WriteAttributeString("startPosition", start.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("endPosition", (start + excerpt.Length).ToString(CultureInfo.InvariantCulture));
                var first = random.Next(21);
                foreach (var code in new[] { first, (first + 1 + random.Next(20)) % 21 })
                {
                    xml.WriteStartElement("Coding", Namespace);
                    xml.WriteAttributeString("guid", Guid(6, (selection * 2) + (code == first ? 0 : 1)));
                    xml.WriteStartElement("CodeRef", Namespace);
                    xml.WriteAttributeString("targetGUID", Guid(1, 3 + code));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
                start += excerpt.Length + 1;
                selection++;
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteCodeBook(XmlWriter xml)
    {
        xml.WriteStartElement("CodeBook", Namespace);
        xml.WriteStartElement("Codes", Namespace);
        for (var domain = 0; domain < Domains.Length; domain++)
        {
            WriteCodeStart(xml, Guid(1, domain), Domains[domain]);
            for (var code = 0; code < 7; code++)
            {
                WriteCodeStart(xml, Guid(1, 3 + (domain * 7) + code), $"{Domains[domain]} code {code + 1}");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteCodeStart(XmlWriter xml, string guid, string name)
    {
        xml.WriteStartElement("Code", Namespace);
        xml.WriteAttributeString("guid", guid);
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("isCodable", "true");
    }

    /// <summary>The excerpts of one transcript, one a line: selection i belongs to transcript i mod 400.</summary>
    private static IEnumerable<string> Excerpts(int source, int selections)
    {
        var random = new Random(1_000_000 + source);
        for (var selection = source; selection < selections; selection += Sources)
        {
            yield return LargeStudyFiles.Sentence(random, 240);
        }
    }

    private static string Guid(int kind, int n) => string.Create(CultureInfo.InvariantCulture, $"{kind:X2}000000-0000-4000-8000-{n:X12}");
}

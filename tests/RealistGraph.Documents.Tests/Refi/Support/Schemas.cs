using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace RealistGraph.Documents.Tests.Refi.Support;

/// <summary>Validates against the REFI XSDs vendored in Refi/Schemas (see the README there).</summary>
public static class Schemas
{
    public static string Folder([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(thisFile)!)!, "Schemas");

    public static XmlSchemaSet Load(string fileName)
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(Path.Combine(Folder(), fileName), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        set.Add(null, reader);
        set.Compile();
        return set;
    }

    /// <summary>All validation errors and warnings; empty when the document is valid.</summary>
    public static List<string> Validate(byte[] xml, string schemaFile)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Load(schemaFile), DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    public static List<string> Validate(XDocument document, string schemaFile)
    {
        using var stream = new MemoryStream();
        document.Save(stream);
        return Validate(stream.ToArray(), schemaFile);
    }
}

using System.Text;
using System.Xml;
using System.Xml.Linq;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// Writes the <c>project.qde</c> of an export with an <see cref="XmlWriter"/> straight into a stream: the small parts
/// (users, codebook, variables, each case, each selection, sets) as elements, the lists that grow with the study one
/// element at a time, so neither the XML nor a tree of it is ever held whole.
/// </summary>
internal sealed class ProjectQdeWriter
{
    private static readonly XNamespace _ns = RefiNames.ProjectNamespace;

    private readonly StudyDocument _document;
    private readonly ExportGuids _guids;
    private readonly Dictionary<string, string> _sourceOfParticipant = new(StringComparer.Ordinal);

    public ProjectQdeWriter(StudyDocument document, ExportGuids guids)
    {
        _document = document;
        _guids = guids;
        var participants = document.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var sources = new List<QuoteSource>();
        foreach (var group in document.Quotes.GroupBy(q => q.Participant is not null && participants.ContainsKey(q.Participant) ? q.Participant : null))
        {
            var key = group.Key ?? "unattributed";
            var guid = guids.Source(key);
            var name = guids.SourceName(key) ?? (group.Key is null ? "Unattributed quotes" : participants[group.Key].Label);
            sources.Add(new QuoteSource(guid, name, [.. group]));
            if (group.Key is not null)
            {
                _sourceOfParticipant[group.Key] = guid;
            }
        }

        Sources = sources;
    }

    /// <summary>One plain-text source per participant (and one for quotes of nobody known), in the order of their first quote.</summary>
    public sealed record QuoteSource(string Guid, string Name, IReadOnlyList<QuoteEntry> Quotes)
    {
        public string Path => $"sources/{Guid}.txt";
    }

    public IReadOnlyList<QuoteSource> Sources { get; }

    /// <summary>Writes the document; adds to <paramref name="problems"/> what could not be exported faithfully.</summary>
    public void Write(Stream output, List<string> problems, CancellationToken cancellationToken)
    {
        try
        {
            using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" });
            WriteProject(xml, problems, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            // Only texts stored before import refused such characters can get here.
            throw new StudyDocumentException($"the study cannot be written as XML: {ex.Message} Remove the character and export again.", ex);
        }

        ReportDangling(problems);
    }

    private void WriteProject(XmlWriter xml, List<string> problems, CancellationToken cancellationToken)
    {
        var codebook = new CodebookWriter(_document, _ns);
        var codeGuids = CodeGuids();
        var variableNames = CaseWriter.VariableNames(_document);

        xml.WriteStartDocument();
        xml.WriteStartElement("Project", _ns.NamespaceName);
        xml.WriteAttributeString("name", string.IsNullOrWhiteSpace(_document.Title) ? _document.Id : _document.Title);
        xml.WriteAttributeString("origin", RefiNames.Origin);
        Users()?.WriteTo(xml);
        if (codebook.HasCodes)
        {
            new XElement(_ns + "CodeBook", codebook.Codes()).WriteTo(xml);
        }

        if (variableNames.Count > 0)
        {
            new XElement(_ns + "Variables", variableNames.Select(v =>
                new XElement(_ns + "Variable", new XAttribute("guid", _guids.Variable(v)), new XAttribute("name", v), new XAttribute("typeOfVariable", "Text")))).WriteTo(xml);
        }

        WriteList(xml, "Cases", _document.Participants, p => CaseWriter.Case(p, _guids, _sourceOfParticipant, _ns), cancellationToken);
        if (Sources.Count > 0)
        {
            xml.WriteStartElement("Sources", _ns.NamespaceName);
            foreach (var source in Sources)
            {
                xml.WriteStartElement("TextSource", _ns.NamespaceName);
                xml.WriteAttributeString("guid", source.Guid);
                xml.WriteAttributeString("name", source.Name);
                xml.WriteAttributeString("plainTextPath", $"internal://{source.Guid}.txt");
                foreach (var selection in QuoteSourceWriter.Selections(source.Quotes, _guids, codeGuids, problems, _ns))
                {
                    selection.WriteTo(xml);
                }

                xml.WriteEndElement();
                cancellationToken.ThrowIfCancellationRequested();
            }

            xml.WriteEndElement();
        }

        codebook.Sets("targetGUID")?.WriteTo(xml);
        if (!string.IsNullOrWhiteSpace(_document.Summary))
        {
            new XElement(_ns + "Description", _document.Summary).WriteTo(xml);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteList<T>(XmlWriter xml, string name, List<T> items, Func<T, XElement> element, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        xml.WriteStartElement(name, _ns.NamespaceName);
        foreach (var item in items)
        {
            element(item).WriteTo(xml);
        }

        xml.WriteEndElement();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private void ReportDangling(List<string> problems)
    {
        var participantIds = _document.Participants.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var quote in _document.Quotes.Where(q => q.Participant is not null && !participantIds.Contains(q.Participant)))
        {
            problems.Add($"quote '{quote.Id}': participant '{quote.Participant}' does not exist; exported without a case");
        }

        var domainIds = _document.Domains.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var theme in _document.Themes.Where(t => !domainIds.Contains(t.Domain)))
        {
            problems.Add($"theme '{theme.Id}': domain '{theme.Domain}' does not exist; exported as a top-level code");
        }
    }

    private XElement? Users()
    {
        var users = (_document.Qda?.Users ?? []).Where(u => Guid.TryParse(u.Guid, out _)).ToList();
        return users.Count == 0 ? null : new XElement(_ns + "Users", users.Select(u =>
            new XElement(_ns + "User", new XAttribute("guid", u.Guid), u.Id.Length == 0 ? null : new XAttribute("name", u.Id))));
    }

    private Dictionary<string, string> CodeGuids()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var theme in _document.Themes)
        {
            map.TryAdd($"theme:{theme.Id}", _guids.Theme(theme.Id));
        }

        foreach (var mechanism in _document.Mechanisms)
        {
            map.TryAdd($"mechanism:{mechanism.Id}", _guids.Mechanism(mechanism.Id));
        }

        return map;
    }
}

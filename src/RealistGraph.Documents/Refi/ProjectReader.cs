using System.Xml;
using System.Xml.Linq;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Domain.Model;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// Reads one checked <c>project.qde</c> (with its archive) into a study document: the codebook, cases and the rest
/// first, then the sources as a stream, each text read when its first selection comes and let go after its last.
/// </summary>
internal sealed class ProjectReader
{
    private readonly ProjectQde _qde;
    private XElement _project = new("Project");
    private readonly RefiMapping _mapping;
    private readonly ImportReport _report;
    private readonly SourceTextResolver _texts;
    private readonly CancellationToken _cancellationToken;
    private readonly StudyDocument _document = new();
    private readonly LocalIdPool _ids = new();
    private readonly QdaIdentityReader _identity = new();
    private int _quoteCount;
    private IReadOnlyDictionary<string, CodeTarget> _codes = new Dictionary<string, CodeTarget>();
    private CaseIndex _cases = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    public ProjectReader(ProjectQde qde, SafeZip zip, RefiMapping mapping, ImportReport report, CancellationToken cancellationToken)
    {
        _qde = qde;
        _mapping = mapping;
        _report = report;
        _texts = new SourceTextResolver(zip, report, cancellationToken);
        _cancellationToken = cancellationToken;
    }

    public StudyDocument Read(string fallbackName)
    {
        _project = _qde.ReadSkeleton();
        if (_project.Name.LocalName != "Project")
        {
            throw new RefiImportException($"project.qde: root element is <{_project.Name.LocalName}>, not <Project>");
        }

        if (_project.Name.NamespaceName != RefiNames.ProjectNamespace)
        {
            _report.Warn("Project", _project.Attr("name"), $"namespace '{_project.Name.NamespaceName}' is not '{RefiNames.ProjectNamespace}'; read by element names anyway");
        }

        _document.Title = _mapping.StudyTitle ?? _project.Attr("name")?.Trim() ?? fallbackName;
        _document.Id = _mapping.StudyId ?? RefiNames.Slug(_document.Title);
        _document.Summary = _project.Child("Description")?.Value.Trim() is { Length: > 0 } summary ? summary : null;

        var codebook = CodebookReader.Read(_project.Child("CodeBook")?.Child("Codes"), _project.Child("Sets"), _report);
        var cases = _project.Child("Cases")?.Children("Case").ToList() ?? [];
        _codes = CodebookMapper.Map(codebook, _mapping, _document, _report, _ids, key => cases.Count(c =>
            RefiGuid.Normalize(c.Attr("guid")) == RefiGuid.Normalize(key) || string.Equals(c.Attr("name"), key, StringComparison.OrdinalIgnoreCase)));
        _cases = CaseReader.Read(_project, _mapping, _document, _report, _ids);
        _identity.Codes(_codes);
        _identity.Cases(cases, _document.Participants);
        _identity.Users(_project.Child("Users")?.Children("User") ?? []);
        _qde.ReadSources(ReadSource);

        ReportUnused("Notes", "Note", "memos are not imported");
        ReportUnused("Links", "Link", "links between codes or selections are not imported");
        ReportUnused("Graphs", "Graph", "graphs are not imported");
        _document.Qda = _identity.Result();
        return _document;
    }

    /// <summary>One source, from the reader on its start; what the report says comes in the order a tree walk gave.</summary>
    private void ReadSource(XmlReader reader)
    {
        var source = SafeXml.Shallow(reader);
        var kind = source.Name.LocalName;
        var guid = RefiGuid.Normalize(source.Attr("guid"));
        var label = source.Attr("name") ?? guid;
        switch (kind)
        {
            case "TextSource":
                _identity.Source(_cases.ParticipantOf("", [guid]), guid, label);
                ReadText(reader, source, [guid], label, representation: false);
                break;
            case "PDFSource":
                ReadPdf(reader, source, guid, label);
                break;
            default:
                var selections = 0;
                foreach (var child in SafeXml.Children(reader))
                {
                    selections += child.LocalName.EndsWith("Selection", StringComparison.Ordinal) ? 1 : 0;
                    KeepExtra(source, child);
                }

                _report.Skip(kind, label, $"not a text source; {selections} selection(s) in it not imported");
                break;
        }

        ReportSourceExtras(source, label);
    }

    private void ReadPdf(XmlReader reader, XElement source, string guid, string label)
    {
        var represented = false;
        foreach (var child in SafeXml.Children(reader))
        {
            if (child.LocalName == "PDFSelection")
            {
                _report.Skip("PDFSelection", child.GetAttribute("guid"), $"an area of a page of '{label}'; only selections of its text representation become quotes");
            }
            else if (child.LocalName == "Representation" && !represented)
            {
                represented = true;
                var representation = SafeXml.Shallow(child);
                ReadText(child, representation, [RefiGuid.Normalize(representation.Attr("guid")), guid], label, representation: true);
            }
            else
            {
                KeepExtra(source, child);
            }
        }

        if (!represented)
        {
            _report.Skip("PDFSource", label, "no text Representation, so no text to quote");
        }
    }

    /// <summary>
    /// A text source or a PDF's text representation, selection by selection: the text is resolved (inline, or its file in
    /// the archive) when the first selection comes, or at the end when none does.
    /// </summary>
    private void ReadText(XmlReader reader, XElement source, string[] ownerGuids, string label, bool representation)
    {
        var text = new SourceText(() => _texts.Resolve(source, label));
        var selections = 0;
        var unattributed = 0;
        foreach (var child in SafeXml.Children(reader))
        {
            switch (child.LocalName)
            {
                case "PlainTextContent" when source.Child("PlainTextContent") is null:
                    source.Add(SafeXml.ReadElement(child));
                    break;
                case "PlainTextSelection":
                    selections++;
                    var selection = SafeXml.ReadElement(child);
                    if (text.Raw is null)
                    {
                        _report.Skip("PlainTextSelection", selection.Attr("guid"), $"source '{label}' has no readable plain text");
                    }
                    else if (!text.IsBlank && ReadSelection(selection, text.Normalized, text.Offsets, ownerGuids, label) is { Participant: null })
                    {
                        unattributed++;
                    }

                    break;
                default:
                    KeepExtra(source, child);
                    break;
            }
        }

        if (text.Raw is null)
        {
            return;
        }

        if (text.IsBlank)
        {
            _report.Skip(source.Name.LocalName, label, $"its plain text is empty, so none of its {selections} selection(s) can become a quote");
            return;
        }

        if (unattributed > 0)
        {
            _report.Warn("TextSource", label, $"no case refers to this source or to {unattributed} of its selections; those quotes have no participant");
        }

        if (representation)
        {
            ReportSourceExtras(source, label);
        }
    }

    /// <summary>Keeps what <see cref="ReportSourceExtras"/> reports of a source (codings of the whole, attributes), without content.</summary>
    private static void KeepExtra(XElement source, XmlReader child)
    {
        if (child.LocalName is "Coding" or "VariableValue")
        {
            source.Add(SafeXml.Shallow(child));
        }
    }

    private QuoteEntry? ReadSelection(XElement selection, string text, int[] offsets, string[] ownerGuids, string label)
    {
        var guid = RefiGuid.Normalize(selection.Attr("guid"));
        if (!long.TryParse(selection.Attr("startPosition"), out var start) || !long.TryParse(selection.Attr("endPosition"), out var end))
        {
            _report.Skip("PlainTextSelection", guid, $"in '{label}': startPosition/endPosition missing or not integers");
            return null;
        }

        if (!PlainText.TryCut(text, offsets, start, end, out var cut))
        {
            _report.Skip("PlainTextSelection", guid, $"in '{label}': positions {start}-{end} do not fit the text ({offsets.Length - 1} characters)");
            return null;
        }

        if (string.IsNullOrWhiteSpace(cut))
        {
            _report.Skip("PlainTextSelection", guid, $"in '{label}': positions {start}-{end} select no text");
            return null;
        }

        var quote = new QuoteEntry
        {
            Id = QuoteId(selection.Attr("name")),
            Text = cut,
            Participant = _cases.ParticipantOf(guid, ownerGuids),
            Location = $"{label}:{start}-{end}",
        };
        foreach (var coding in selection.Children("Coding"))
        {
            AddCoding(quote, coding, guid);
        }

        if (selection.Child("Description") is { } memo && !string.IsNullOrWhiteSpace(memo.Value))
        {
            _report.Skip("PlainTextSelection Description", guid, "memos on selections are not imported");
        }

        if (quote.Themes.Count == 0 && quote.Mechanisms.Count == 0)
        {
            _ids.Release(quote.Id);
            _quoteCount--;
            _report.Skip("PlainTextSelection", guid, $"in '{label}': no coding maps to a theme or mechanism, so it is no quote");
            return null;
        }

        _document.Quotes.Add(quote);
        _identity.Selection(quote.Id, guid);
        return quote;
    }

    private void AddCoding(QuoteEntry quote, XElement coding, string selectionGuid)
    {
        var codeGuid = RefiGuid.Normalize(coding.Child("CodeRef")?.Attr("targetGUID"));
        if (!_codes.TryGetValue(codeGuid, out var target))
        {
            _report.Skip("Coding", selectionGuid, $"refers to code {codeGuid}, which is not in the codebook");
            return;
        }

        var list = target.Kind switch
        {
            CodeKind.Theme => quote.Themes,
            CodeKind.Mechanism => quote.Mechanisms,
            _ => null,
        };
        if (list is null)
        {
            _report.Skip("Coding", selectionGuid, $"code '{target.Node.Path}' is {target.KindWithArticle}; a quote can only be evidence for themes and mechanisms");
        }
        else if (!list.Contains(target.Id))
        {
            list.Add(target.Id);
        }
    }

    private string QuoteId(string? name)
    {
        _quoteCount++;
        return _ids.Take(name is not null && StudyIds.IsLocal(name) ? name : $"q{_quoteCount}");
    }

    private void ReportSourceExtras(XElement source, string label)
    {
        foreach (var coding in source.Children("Coding"))
        {
            _report.Skip("Coding", coding.Attr("guid"), $"codes the whole of '{label}'; only coded selections become quotes");
        }

        foreach (var _ in source.Children("VariableValue"))
        {
            _report.Skip("VariableValue", label, "attributes of a source are not imported; give them to the case (participant) instead");
        }
    }

    private void ReportUnused(string container, string element, string reason)
    {
        foreach (var item in _project.Child(container)?.Children(element) ?? [])
        {
            _report.Skip(element, item.Attr("name") ?? item.Attr("guid"), reason);
        }
    }
}

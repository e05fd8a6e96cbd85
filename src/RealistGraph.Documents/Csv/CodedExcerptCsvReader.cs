using RealistGraph.Documents.Refi;
using RealistGraph.Documents.Safety;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Csv;

/// <summary>
/// Reads a CSV of coded excerpts (as Dedoose and spreadsheets export them): one row per excerpt with a participant,
/// the excerpt text and its codes separated by <c>;</c> or <c>|</c>. A code may be a path, <c>Structural &gt; Workload</c>,
/// and the code tree is mapped to domains and themes exactly as a REFI codebook is, with the same <see cref="RefiMapping"/>.
/// </summary>
public sealed class CodedExcerptCsvReader(RefiMapping? mapping = null)
{
    private static readonly string[] _participantHeaders = ["participant", "participant id", "case", "descriptor", "speaker", "respondent"];
    private static readonly string[] _excerptHeaders = ["excerpt", "excerpt copy", "text", "quote", "segment"];
    private static readonly string[] _codeHeaders = ["codes", "codes applied", "code", "tags"];
    private static readonly char[] _codeSeparators = [';', '|'];
    private static readonly string[] _pathSeparators = [">", "\\"];

    private readonly RefiMapping _mapping = mapping ?? new RefiMapping();

    /// <summary>
    /// Reads a file on disk as a stream, a block at a time: the size limit and the UTF-8 check hold as for every
    /// document, and neither the file's bytes nor its text are ever held whole.
    /// </summary>
    public Task<RefiImportResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        using var reader = StrictUtf8Reader.OpenFile(path, DocumentLimits.Default);
        return Task.FromResult(Read(reader, Path.GetFileName(path), cancellationToken));
    }

    public Task<RefiImportResult> ReadAsync(TextReader reader, string sourceName = "excerpts.csv", CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(reader, sourceName, cancellationToken));

    /// <summary>
    /// One pass over the records: the code tree is collected while each row keeps only what its quote needs (its
    /// text, participant and codes), then the tree is mapped and the quotes are made.
    /// </summary>
    private RefiImportResult Read(TextReader reader, string sourceName, CancellationToken cancellationToken)
    {
        using var records = CsvRecords.Read(reader, sourceName).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new CsvImportException($"{sourceName}: empty file; expected a header row with participant, excerpt and codes columns");
        }

        var header = records.Current;
        var participantColumn = Column(header, _participantHeaders, sourceName);
        var excerptColumn = Column(header, _excerptHeaders, sourceName);
        var codesColumn = Column(header, _codeHeaders, sourceName);
        var needed = Math.Max(participantColumn, Math.Max(excerptColumn, codesColumn)) + 1;

        var report = new ImportReport();
        var title = _mapping.StudyTitle ?? Path.GetFileNameWithoutExtension(sourceName);
        var document = new StudyDocument { Title = title, Id = _mapping.StudyId ?? RefiNames.Slug(title) };
        var roots = new List<CodeNode>();
        var byGuid = new Dictionary<string, CodeNode>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<ExcerptRow>();
        while (records.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = records.Current;
            if (record.Fields.Count < needed)
            {
                throw new CsvImportException($"{sourceName}: row {record.Row}: {record.Fields.Count} field(s), but the header needs {needed}", record.Row);
            }

            var codes = record.Fields[codesColumn]
                .Split(_codeSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(code => AddPath(code, roots, byGuid)?.Guid)
                .OfType<string>()
                .Distinct()
                .ToArray();

            // Participants repeat on many rows: one string per label, not one per row.
            var label = record.Fields[participantColumn].Trim();
            if (!labels.TryGetValue(label, out var shared))
            {
                labels[label] = shared = label;
            }

            rows.Add(new ExcerptRow(record.Row, shared, PlainText.NormalizeLineEndings(record.Fields[excerptColumn]).Trim(), codes));
        }

        var ids = new LocalIdPool();
        var targets = CodebookMapper.Map(new Codebook(roots, byGuid, new Dictionary<string, HashSet<string>>()), _mapping, document, report, ids);
        var participants = new Dictionary<string, ParticipantEntry>(StringComparer.Ordinal);
        document.Quotes.Capacity = rows.Count;
        foreach (var row in rows)
        {
            AddQuote(document, row, targets, participants, ids, report);
        }

        return new RefiImportResult(document, report);
    }

    /// <summary>What a row keeps until the code tree is complete: the rest of its fields are dropped as it is read.</summary>
    private sealed record ExcerptRow(int Row, string Participant, string Text, string[] CodeGuids);

    private static void AddQuote(
        StudyDocument document,
        ExcerptRow excerpt,
        IReadOnlyDictionary<string, CodeTarget> targets,
        Dictionary<string, ParticipantEntry> participants,
        LocalIdPool ids,
        ImportReport report)
    {
        var row = $"row {excerpt.Row}";
        var text = excerpt.Text;
        if (text.Length == 0)
        {
            report.Skip("Excerpt", row, "the excerpt is empty");
            return;
        }

        var quote = new QuoteEntry { Text = text, Location = row };
        foreach (var guid in excerpt.CodeGuids)
        {
            var target = targets[guid];
            if (target.Kind == CodeKind.Theme)
            {
                quote.Themes.Add(target.Id);
            }
            else if (target.Kind == CodeKind.Mechanism)
            {
                quote.Mechanisms.Add(target.Id);
            }
            else
            {
                report.Skip("Code", $"{row}: {target.Node.Path}", $"{target.KindWithArticle}; a quote can only be evidence for themes and mechanisms");
            }
        }

        if (quote.Themes.Count == 0 && quote.Mechanisms.Count == 0)
        {
            report.Skip("Excerpt", row, "no code that maps to a theme or mechanism");
            return;
        }

        var label = excerpt.Participant;
        if (label.Length > 0)
        {
            if (!participants.TryGetValue(label, out var participant))
            {
                participant = new ParticipantEntry { Id = ids.Take(RefiNames.LabelId(label)), Label = label };
                participants[label] = participant;
                document.Participants.Add(participant);
            }

            quote.Participant = participant.Id;
        }
        else
        {
            report.Warn("Excerpt", row, "no participant");
        }

        quote.Id = ids.Take($"q{document.Quotes.Count + 1}");
        document.Quotes.Add(quote);
    }

    private static CodeNode? AddPath(string code, List<CodeNode> roots, Dictionary<string, CodeNode> byGuid)
    {
        CodeNode? parent = null;
        foreach (var name in code.Split(_pathSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var siblings = parent?.Children ?? roots;
            var node = siblings.FirstOrDefault(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase));
            if (node is null)
            {
                node = new CodeNode { Guid = RefiGuid.NameBased($"csv-code:{parent?.Path}/{name.ToLowerInvariant()}"), Name = name, Parent = parent };
                siblings.Add(node);
                byGuid[node.Guid] = node;
            }

            parent = node;
        }

        return parent;
    }

    private static int Column(CsvRecord header, string[] names, string sourceName)
    {
        for (var i = 0; i < header.Fields.Count; i++)
        {
            if (names.Contains(header.Fields[i].Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new CsvImportException(
            $"{sourceName}: row {header.Row}: no '{names[0]}' column (also accepted: {string.Join(", ", names.Skip(1))}); found: {string.Join(", ", header.Fields)}",
            header.Row);
    }
}

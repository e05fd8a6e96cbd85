using RealistGraph.Documents.Csv;
using RealistGraph.Documents.Refi;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi.Csv;

public class CodedExcerptCsvReaderTests
{
    private static Task<RefiImportResult> ReadAsync(string csv, RefiMapping? mapping = null) =>
        new CodedExcerptCsvReader(mapping).ReadAsync(new StringReader(csv), "dedoose-export.csv");

    [Fact]
    public async Task Dedoose_style_export_becomes_participants_themes_and_quotes()
    {
        const string csv = "\uFEFFMedia Title,Descriptor,Excerpt Copy,Codes Applied\r\n"
            + "Interview 1,96-F,\"I felt, honestly, like an \"\"imposter\"\".\",Personal > Imposter feelings\r\n"
            + "Interview 1,96-F,\"The group helped.\nA lot.\",Social > Peer support; Personal > Reflection\r\n"
            + "Interview 2,51-C,Too many hours.,Structural > Workload | Social > Peer support\r\n";
        var mapping = RefiMapping.Parse("polarity: { Imposter feelings: threat, Peer support: support, Reflection: support, Workload: threat }");

        var result = await ReadAsync(csv, mapping);
        var doc = result.Document;

        Assert.Equal("dedoose-export", doc.Id);
        Assert.Equal(["personal", "social", "structural"], doc.Domains.Select(d => d.Id));
        // Themes come in code-tree order (domain by domain), quotes in row order.
        Assert.Equal(["Imposter feelings|personal|threat", "Reflection|personal|support", "Peer support|social|support", "Workload|structural|threat"],
            doc.Themes.Select(t => $"{t.Name}|{t.Domain}|{t.Polarity}"));
        Assert.Equal(["96-F", "51-C"], doc.Participants.Select(p => p.Label));
        Assert.Equal(
            ["96-F|I felt, honestly, like an \"imposter\".|imposter-feelings", "96-F|The group helped.\nA lot.|peer-support,reflection", "51-C|Too many hours.|workload,peer-support"],
            doc.Quotes.Select(q => $"{q.Participant}|{q.Text}|{string.Join(",", q.Themes)}"));
        Assert.Equal("row 3", doc.Quotes[1].Location);
        Assert.Empty(result.Report.Issues);
    }

    [Fact]
    public async Task Headers_are_matched_ignoring_case_and_flat_codes_go_to_the_default_domain()
    {
        var result = await ReadAsync("PARTICIPANT,excerpt,CODES\nP1,Some text,Trust\n", RefiMapping.Parse("defaultDomain: Relational"));

        var theme = Assert.Single(result.Document.Themes);
        Assert.Equal(("Trust", "relational"), (theme.Name, theme.Domain));
        Assert.True(result.Report.HasWarning("Code", "default domain 'Relational'"));
        Assert.True(result.Report.HasWarning("Code", "no polarity"));
    }

    [Fact]
    public async Task Rows_without_text_or_codes_are_reported_with_their_row_numbers()
    {
        var result = await ReadAsync("participant,excerpt,codes\nP1,,A > B\nP2,Text,\n,Text,A > B\n");

        Assert.Single(result.Document.Quotes);
        Assert.Contains(result.Report.Skipped, i => i.Reference == "row 2" && i.Reason.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(result.Report.Skipped, i => i.Reference == "row 3" && i.Reason.Contains("no code", StringComparison.Ordinal));
        Assert.Contains(result.Report.Warnings, i => i.Reference == "row 4" && i.Reason.Contains("no participant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_column_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<CsvImportException>(() => ReadAsync("participant,text\nP1,hello\n"));

        Assert.Equal(1, error.Row);
        Assert.Contains("no 'codes' column", error.Message);
        Assert.Contains("found: participant, text", error.Message);
    }

    [Fact]
    public async Task Short_row_is_an_error_with_its_row_number()
    {
        var error = await Assert.ThrowsAsync<CsvImportException>(() => ReadAsync("participant,excerpt,codes\nP1,\"two\nlines\",A\nP2,only two\n"));

        Assert.Equal(3, error.Row);
        Assert.StartsWith("dedoose-export.csv: row 3:", error.Message);
    }

    [Fact]
    public async Task Unclosed_quote_is_an_error_with_its_row_number()
    {
        var error = await Assert.ThrowsAsync<CsvImportException>(() => ReadAsync("participant,excerpt,codes\nP1,ok,A\nP2,\"never closed,A\n"));

        Assert.Equal(3, error.Row);
        Assert.Contains("never closed", error.Message);
    }

    [Fact]
    public async Task Empty_file_is_an_error()
    {
        await Assert.ThrowsAsync<CsvImportException>(() => ReadAsync(""));
    }

    [Fact]
    public void Records_keep_spreadsheet_row_numbers_across_blank_lines_and_multiline_fields()
    {
        var records = CsvRecords.Parse("a,b\n\n\"x\ny\",2\r\nlast,\"\"\"q\"\"\"", "t.csv");

        Assert.Equal([1, 3, 4], records.Select(r => r.Row));
        Assert.Equal(["x\ny", "2"], records[1].Fields);
        Assert.Equal(["last", "\"q\""], records[2].Fields);
    }
}

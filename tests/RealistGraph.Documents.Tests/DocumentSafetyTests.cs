using System.Text;
using RealistGraph.Documents.Csv;
using RealistGraph.Documents.Refi;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Tests;

/// <summary>Hostile and careless documents are refused with their place named, before they can exhaust memory or the stack.</summary>
public sealed class DocumentSafetyTests : IDisposable
{
    private const string ValidYaml = """
        id: s
        title: A study
        participants:
          - id: p1
            label: P1
        quotes:
          - id: q1
            participant: p1
            text: "An ordinary quote"
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("realist-safety-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_yaml_alias_bomb_is_refused_without_expanding_it()
    {
        // The 421-byte shape from issue 9: nine levels of nine aliases each, 9^9 strings if expanded.
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append($"{level}: &{level} [{string.Join(",", Enumerable.Repeat("*" + previous, 9))}]\n");
        }

        var before = GC.GetTotalAllocatedBytes();
        var result = StudyDocumentReader.TryParse(bomb.ToString());
        var allocated = GC.GetTotalAllocatedBytes() - before;

        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("aliases (*a) are not accepted", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, problem.Line);
        Assert.True(allocated < 50_000_000, $"reading the bomb allocated {allocated:N0} bytes");
    }

    [Theory]
    [InlineData(StudyDocumentFormat.Yaml)]
    [InlineData(StudyDocumentFormat.Json)]
    public void A_document_nested_100000_levels_is_refused_without_overflowing_the_stack(StudyDocumentFormat format)
    {
        const int Levels = 100_000;
        var text = format == StudyDocumentFormat.Json
            ? "{\"id\": \"s\", \"x\": " + new string('[', Levels) + new string(']', Levels) + "}"
            : "id: s\nx: " + new string('[', Levels) + new string(']', Levels) + "\n";

        // Run on a thread with a small stack, so that unbounded recursion would crash even where the default stack is large.
        StudyDocumentReadResult? result = null;
        var thread = new Thread(() => result = StudyDocumentReader.TryParse(text, format), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.NotNull(result);
        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("nests more than 64 levels deep", problem.Message, StringComparison.Ordinal);
        Assert.Equal(format == StudyDocumentFormat.Json ? 1 : 2, problem.Line);
    }

    [Fact]
    public void Ordinary_nesting_still_reads()
    {
        var result = StudyDocumentReader.TryParse(ValidYaml);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
    }

    [Fact]
    public async Task A_latin1_file_is_refused_with_the_byte_offset_named()
    {
        var path = Path.Combine(_folder, "latin1.yaml");
        var text = ValidYaml.Replace("An ordinary quote", "Une citation déjà faite", StringComparison.Ordinal);
        await File.WriteAllBytesAsync(path, Encoding.Latin1.GetBytes(text));
        var offset = Encoding.Latin1.GetBytes(text[..text.IndexOf('é', StringComparison.Ordinal)]).Length;

        var result = await StudyDocumentReader.TryReadFileAsync(path);

        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.Contains($"latin1.yaml is not UTF-8: byte 0xE9 at byte offset {offset}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_utf8_file_with_a_byte_order_mark_still_reads()
    {
        var path = Path.Combine(_folder, "bom.yaml");
        await File.WriteAllBytesAsync(path, [.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(ValidYaml.Replace("ordinary", "ordinaire é", StringComparison.Ordinal))]);

        var result = await StudyDocumentReader.TryReadFileAsync(path);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Equal("An ordinaire é quote", result.Document!.Quotes[0].Text);
    }

    [Fact]
    public async Task A_latin1_csv_is_refused()
    {
        var path = Path.Combine(_folder, "excerpts.csv");
        await File.WriteAllBytesAsync(path, Encoding.Latin1.GetBytes("participant,excerpt,codes\np1,\"Déjà\",Structural > Workload\n"));

        var refused = await Assert.ThrowsAsync<StudyDocumentException>(() => new CodedExcerptCsvReader().ReadFileAsync(path));

        Assert.Contains("excerpts.csv is not UTF-8: byte 0xE9 at byte offset 31", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_with_a_nul_is_refused_at_validation_with_its_place()
    {
        var document = StudyDocumentReader.Parse(ValidYaml.Replace("An ordinary quote", "An ordinary\\0 quote", StringComparison.Ordinal));

        var problems = StudyDocumentValidator.Validate(document);

        var problem = Assert.Single(problems);
        Assert.Equal("quotes[0].text", problem.Path);
        Assert.Contains("U+0000 at position 12", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_control_characters_are_refused_but_tabs_and_newlines_are_not()
    {
        var withBell = StudyDocumentReader.Parse(ValidYaml.Replace("An ordinary quote", "A\\ttab,\\na newline and a bell\\a", StringComparison.Ordinal));

        var problem = Assert.Single(StudyDocumentValidator.Validate(withBell));
        Assert.Equal("quotes[0].text", problem.Path);
        Assert.Contains("U+0007", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_qdpx_export_leaves_no_file_and_keeps_the_one_before()
    {
        var path = Path.Combine(_folder, "study.qdpx");
        var good = StudyDocumentReader.Parse(ValidYaml);
        await RefiProjectExporter.ExportFilesAsync(good, path);
        var before = await File.ReadAllBytesAsync(path);

        // Built directly (as a study stored before import refused NULs would be), bypassing validation.
        var bad = StudyDocumentReader.Parse(ValidYaml.Replace("An ordinary quote", "A NUL\\0 here", StringComparison.Ordinal));
        bad.Title = "A title with a NUL\0";
        await Assert.ThrowsAsync<StudyDocumentException>(() => RefiProjectExporter.ExportFilesAsync(bad, path));
        await Assert.ThrowsAsync<StudyDocumentException>(() => RefiProjectExporter.ExportFilesAsync(bad, Path.Combine(_folder, "new.qdpx")));

        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.False(File.Exists(Path.Combine(_folder, "new.qdpx")));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public async Task A_codebook_nested_100000_levels_is_refused()
    {
        const int Levels = 100_000;
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
        for (var i = 0; i < Levels; i++)
        {
            xml.Append($"<Code guid=\"{Guid.NewGuid()}\" name=\"c{i}\" isCodable=\"true\">");
        }

        for (var i = 0; i < Levels; i++)
        {
            xml.Append("</Code>");
        }

        xml.Append("</Codes></CodeBook>");
        var path = Path.Combine(_folder, "deep.qdc");
        await File.WriteAllTextAsync(path, xml.ToString());

        var refused = await Assert.ThrowsAsync<RefiImportException>(() => new RefiCodebookImporter(new RefiImportOptions()).ImportFileAsync(path));

        Assert.Contains("nest more than 64 levels deep at line 1", refused.Message, StringComparison.Ordinal);
    }
}

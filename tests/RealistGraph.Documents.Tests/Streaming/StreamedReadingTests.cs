using System.Text;
using RealistGraph.Documents.Csv;
using RealistGraph.Documents.Safety;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Tests.Streaming;

/// <summary>Issue 11: large files are read a block at a time; what straddles two blocks reads as if it were read whole.</summary>
public sealed class StreamedReadingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("realist-stream-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Csv_records_read_one_character_at_a_time_are_those_of_the_whole_text()
    {
        const string csv = "\uFEFFparticipant,excerpt,codes\r\n"
            + "P1,\"She said \"\"no\"\",\r\nthen left\",A > B\r\n"
            + "\r\n"
            + "P2,\"\",\"\"\"quoted\"\"\"\r"
            + "P3,plain,C\n"
            + "P4,\"last, unterminated line\",D";

        var whole = CsvRecords.Parse(csv, "x.csv");
        var streamed = CsvRecords.Read(new OneCharacterReader(csv), "x.csv").ToList();

        Assert.Equal(whole.Select(Describe), streamed.Select(Describe));
        Assert.Equal(
            ["1:participant|excerpt|codes", "2:P1|She said \"no\",\r\nthen left|A > B", "4:P2||\"quoted\"", "5:P3|plain|C", "6:P4|last, unterminated line|D"],
            streamed.Select(Describe));
    }

    [Fact]
    public void An_unclosed_quote_is_refused_with_its_row_when_streamed()
    {
        var refused = Assert.Throws<CsvImportException>(() => CsvRecords.Read(new OneCharacterReader("a,b\n1,\"open\n2,3\n"), "x.csv").ToList());

        Assert.Equal(2, refused.Row);
    }

    [Fact]
    public void A_character_across_two_blocks_is_decoded_and_a_bad_byte_far_in_is_named_with_its_offset()
    {
        // 65,535 ASCII bytes, then "é" (two bytes) straddles the 64 KiB block; a Latin-1 byte 0xE9 lies further on.
        var good = Encoding.UTF8.GetBytes(new string('a', 65_535) + "é" + new string('b', 10));
        var path = Path.Combine(_folder, "big.csv");
        File.WriteAllBytes(path, good);

        using (var reader = StrictUtf8Reader.OpenFile(path, DocumentLimits.Default))
        {
            Assert.Equal(new string('a', 65_535) + "é" + new string('b', 10), reader.ReadToEnd());
        }

        File.WriteAllBytes(path, [.. good, (byte)' ', 0xE9, (byte)'!']);
        using var bad = StrictUtf8Reader.OpenFile(path, DocumentLimits.Default);
        var refused = Assert.Throws<StudyDocumentException>(() => bad.ReadToEnd());
        Assert.Contains($"big.csv is not UTF-8: byte 0xE9 at byte offset {good.Length + 1}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_folder, "excerpts.csv");
        File.WriteAllText(path, "participant,excerpt,codes\nP1,text,A\n");

        var refused = Assert.Throws<StudyDocumentException>(() => StrictUtf8Reader.OpenFile(path, new DocumentLimits { MaxBytes = 10 }));

        Assert.Contains("excerpts.csv is 36 bytes; documents are limited to 10 bytes", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yaml_file_read_as_a_stream_gives_the_document_its_text_gives()
    {
        var path = Path.Combine(_folder, "study.yaml");
        var yaml = await File.ReadAllTextAsync(TestFiles.Seed);
        await File.WriteAllTextAsync(path, yaml);

        var streamed = await StudyDocumentReader.ReadFileAsync(path);

        Assert.Equal(StudyDocumentWriter.ToYaml(StudyDocumentReader.Parse(yaml)), StudyDocumentWriter.ToYaml(streamed));
    }

    private static string Describe(CsvRecord record) => $"{record.Row}:{string.Join('|', record.Fields)}";

    /// <summary>A reader that hands out one character per call, so every state of the parser meets a block boundary.</summary>
    private sealed class OneCharacterReader(string text) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position == text.Length || count == 0)
            {
                return 0;
            }

            buffer[index] = text[_position++];
            return 1;
        }
    }
}

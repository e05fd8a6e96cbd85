using System.Text.Json;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Tests;

public sealed class StudyDocumentWriterTests
{
    public static TheoryData<string> Documents => TestFiles.ValidDocuments();

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Yaml_round_trip_is_byte_for_byte_stable(string name)
    {
        var document = await StudyDocumentReader.ReadFileAsync(TestFiles.ValidDocumentPath(name));

        var written = StudyDocumentWriter.ToYaml(document);
        var rewritten = StudyDocumentWriter.ToYaml(StudyDocumentReader.Parse(written, StudyDocumentFormat.Yaml));

        Assert.Equal(written, rewritten);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Json_round_trip_is_byte_for_byte_stable(string name)
    {
        var document = await StudyDocumentReader.ReadFileAsync(TestFiles.ValidDocumentPath(name));

        var written = StudyDocumentWriter.ToJson(document);
        var rewritten = StudyDocumentWriter.ToJson(StudyDocumentReader.Parse(written, StudyDocumentFormat.Json));

        Assert.Equal(written, rewritten);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Yaml_and_json_carry_the_same_document(string name)
    {
        var document = await StudyDocumentReader.ReadFileAsync(TestFiles.ValidDocumentPath(name));

        var viaJson = StudyDocumentReader.Parse(StudyDocumentWriter.ToJson(document));
        var viaYaml = StudyDocumentReader.Parse(StudyDocumentWriter.ToYaml(document));

        Assert.Equal(StudyDocumentWriter.ToYaml(viaJson), StudyDocumentWriter.ToYaml(viaYaml));
    }

    [Fact]
    public void Keys_follow_the_class_order_and_nulls_and_empty_lists_are_left_out()
    {
        var document = new StudyDocument
        {
            Title = "T",
            Id = "s",
            Themes = [new ThemeEntry { Id = "t", Name = "N", Domain = "d", Polarity = "support" }],
        };

        var yaml = StudyDocumentWriter.ToYaml(document);

        Assert.Equal(
            """
            id: s
            title: T
            themes:
              - id: t
                name: N
                domain: d
                polarity: support

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            yaml);
    }

    [Fact]
    public void Text_that_other_yaml_readers_would_take_for_a_number_or_boolean_is_quoted()
    {
        var document = new StudyDocument
        {
            Id = "s",
            Title = "yes",
            Themes = [new ThemeEntry { Id = "t", Code = "1.1", Name = "N", Domain = "d", Polarity = "support" }],
        };

        var yaml = StudyDocumentWriter.ToYaml(document);

        Assert.Contains("title: \"yes\"", yaml, StringComparison.Ordinal);
        Assert.Contains("code: \"1.1\"", yaml, StringComparison.Ordinal);
        Assert.Equal("1.1", StudyDocumentReader.Parse(yaml).Themes[0].Code);
    }

    [Fact]
    public void Multi_line_text_is_written_as_a_block_scalar_and_read_back_unchanged()
    {
        var document = new StudyDocument { Id = "s", Title = "T", Summary = "First line.\nSecond: line, with # and \"quotes\".\n" };

        var yaml = StudyDocumentWriter.ToYaml(document);

        Assert.Contains("summary: |", yaml, StringComparison.Ordinal);
        Assert.Equal(document.Summary, StudyDocumentReader.Parse(yaml).Summary);
        Assert.Equal(document.Summary, StudyDocumentReader.Parse(StudyDocumentWriter.ToJson(document)).Summary);
    }

    [Theory]
    [InlineData(" leading and trailing spaces ")]
    [InlineData("- looks like a list item")]
    [InlineData("# looks like a comment")]
    [InlineData("key: value, [brackets] {braces} & *star !bang %percent @at `tick")]
    [InlineData("'single' and \"double\" quotes, “curly” ones and […]")]
    [InlineData("tab\tinside")]
    [InlineData("two lines\nwith trailing spaces   \n")]
    [InlineData("\n\nleading blank lines")]
    [InlineData("ends with blank lines\n\n\n")]
    [InlineData("null")]
    [InlineData("0x1F")]
    [InlineData("2024-05-01")]
    [InlineData("~")]
    public void Awkward_text_survives_both_formats(string text)
    {
        var document = new StudyDocument { Id = "s", Title = text, Summary = text };

        var fromYaml = StudyDocumentReader.Parse(StudyDocumentWriter.ToYaml(document), StudyDocumentFormat.Yaml);
        var fromJson = StudyDocumentReader.Parse(StudyDocumentWriter.ToJson(document), StudyDocumentFormat.Json);

        Assert.Equal(text, fromYaml.Title);
        Assert.Equal(text, fromYaml.Summary);
        Assert.Equal(text, fromJson.Summary);
        Assert.Equal(StudyDocumentWriter.ToYaml(document), StudyDocumentWriter.ToYaml(fromYaml));
    }

    [Fact]
    public void Json_uses_camel_case_keys_and_keeps_typographic_characters()
    {
        var document = new StudyDocument { Id = "s", Title = "I’m on an island", SampleSize = 0 };

        var json = StudyDocumentWriter.ToJson(document);
        using var parsed = JsonDocument.Parse(json);

        Assert.Equal(0, parsed.RootElement.GetProperty("sampleSize").GetInt32());
        Assert.Contains("I’m on an island", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteFileAsync_picks_the_format_from_the_extension()
    {
        var document = new StudyDocument { Id = "s", Title = "T" };
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var json = Path.Combine(directory.FullName, "s.json");
            var yaml = Path.Combine(directory.FullName, "s.yaml");

            await StudyDocumentWriter.WriteFileAsync(document, json);
            await StudyDocumentWriter.WriteFileAsync(document, yaml);

            Assert.StartsWith("{", await File.ReadAllTextAsync(json), StringComparison.Ordinal);
            Assert.StartsWith("id: s", await File.ReadAllTextAsync(yaml), StringComparison.Ordinal);
            Assert.Equal("T", (await StudyDocumentReader.ReadFileAsync(json)).Title);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Tests;

public sealed class StudyDocumentReaderTests
{
    private const string Yaml = """
        id: s
        title: A study
        year: 2024
        themes:
          - id: t1
            code: "1.1"
            name: A theme
            domain: d
            polarity: support
        participants:
          - id: 96-F
            label: 96-F
            site: F
            attributes:
              role: educator
        """;

    private const string Json = """
        {
          "id": "s",
          "title": "A study",
          "year": 2024,
          "themes": [
            { "id": "t1", "code": "1.1", "name": "A theme", "domain": "d", "polarity": "support" }
          ],
          "participants": [
            { "id": "96-F", "label": "96-F", "site": "F", "attributes": { "role": "educator" } }
          ]
        }
        """;

    [Fact]
    public void Yaml_and_json_of_the_same_structure_read_alike()
    {
        var fromYaml = StudyDocumentReader.Parse(Yaml, StudyDocumentFormat.Yaml);
        var fromJson = StudyDocumentReader.Parse(Json, StudyDocumentFormat.Json);

        Assert.Equal(StudyDocumentWriter.ToYaml(fromYaml), StudyDocumentWriter.ToYaml(fromJson));
        Assert.Equal(2024, fromYaml.Year);
        Assert.Equal("1.1", fromYaml.Themes[0].Code);
        Assert.Equal("96-F", fromYaml.Participants[0].Id);
        Assert.Equal("educator", fromYaml.Participants[0].Attributes["role"]);
    }

    [Fact]
    public void Format_is_sniffed_when_not_given()
    {
        Assert.Equal(StudyDocumentFormat.Json, StudyDocumentReader.Sniff("  \n{ \"id\": \"s\" }"));
        Assert.Equal(StudyDocumentFormat.Yaml, StudyDocumentReader.Sniff("id: s"));
        Assert.Equal("A study", StudyDocumentReader.Parse(Json).Title);
    }

    [Theory]
    [InlineData("study.yaml", StudyDocumentFormat.Yaml)]
    [InlineData("study.YML", StudyDocumentFormat.Yaml)]
    [InlineData("study.json", StudyDocumentFormat.Json)]
    [InlineData("study.txt", null)]
    public void Format_comes_from_the_file_extension(string path, StudyDocumentFormat? expected) =>
        Assert.Equal(expected, StudyDocumentReader.FormatFromExtension(path));

    [Fact]
    public async Task A_file_without_a_known_extension_is_sniffed()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, Json);

            var document = await StudyDocumentReader.ReadFileAsync(path);

            Assert.Equal("s", document.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unknown_keys_are_all_reported_with_path_and_position()
    {
        var result = StudyDocumentReader.TryParse("""
            id: s
            title: T
            colour: blue
            themes:
              - id: t1
                nmae: Typo
            """);

        Assert.False(result.Succeeded);
        Assert.Collection(
            result.Problems,
            p =>
            {
                Assert.Equal("colour", p.Path);
                Assert.StartsWith("unknown key 'colour'", p.Message, StringComparison.Ordinal);
                Assert.Equal((3, 1), (p.Line, p.Column));
            },
            p =>
            {
                Assert.Equal("themes[0].nmae", p.Path);
                Assert.Contains("known keys: id, code, name", p.Message, StringComparison.Ordinal);
                Assert.Equal(6, p.Line);
            });
    }

    [Fact]
    public void Unknown_keys_in_json_are_reported_with_their_line()
    {
        var result = StudyDocumentReader.TryParse("{\n  \"id\": \"s\",\n  \"title\": \"T\",\n  \"links\": [ { \"form\": \"t\" } ]\n}");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("links[0].form", problem.Path);
        Assert.Equal((4, 16), (problem.Line, problem.Column));
    }

    [Fact]
    public void Wrong_value_types_are_reported()
    {
        var result = StudyDocumentReader.TryParse("""
            id: s
            title: [not, text]
            year: twenty
            themes: not-a-list
            """);

        Assert.Equal(["title", "year", "themes"], result.Problems.Select(p => p.Path));
        Assert.Contains("expected a whole number", result.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_numbers_are_not_accepted_as_text()
    {
        var result = StudyDocumentReader.TryParse("""{ "id": "s", "title": 2023 }""");

        Assert.Equal("title", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Duplicate_keys_are_reported()
    {
        var result = StudyDocumentReader.TryParse("""{ "id": "s", "title": "T", "title": "U" }""");

        Assert.Contains("duplicate key 'title'", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yaml_syntax_error_becomes_one_problem_with_line_and_column()
    {
        var result = await StudyDocumentReader.TryReadFileAsync(Path.Combine(TestFiles.Fixtures, "broken-syntax.yaml"));

        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("", problem.Path);
        Assert.StartsWith("YAML syntax error at line", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Line);
        Assert.NotNull(problem.Column);
    }

    [Fact]
    public void An_unclosed_bracket_is_a_syntax_problem_not_a_crash()
    {
        var result = StudyDocumentReader.TryParse("id: s\ntitle: T\nauthors: [a, b\n");

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("YAML syntax error", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_syntax_error_becomes_one_problem_with_line_and_column()
    {
        var result = StudyDocumentReader.TryParse("{\n  \"id\": \"s\",\n  \"title\": \"T\",,\n}");

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("JSON syntax error at line 3", problem.Message, StringComparison.Ordinal);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Parse_throws_with_every_problem()
    {
        var exception = Assert.Throws<StudyDocumentException>(() => StudyDocumentReader.Parse("id: s\na: 1\nb: 2"));

        Assert.Equal(["a", "b"], exception.Problems.Select(p => p.Path));
        Assert.Contains("a: unknown key 'a'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_document_is_a_problem()
    {
        Assert.Contains("empty", Assert.Single(StudyDocumentReader.TryParse("").Problems).Message, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Single(StudyDocumentReader.TryParse("", StudyDocumentFormat.Json).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timestamps_and_null_values_are_read()
    {
        var document = StudyDocumentReader.Parse("""
            id: s
            title: T
            doi: ~
            links:
              - from: t1
                to: other/t2
                relation: corroborates
                rationale: Same finding.
                author: A
                createdAt: 2024-05-01T10:00:00Z
            """);

        Assert.Null(document.Doi);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), document.Links[0].CreatedAt);
    }
}

using System.Text.Json.Nodes;
using Json.Schema;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Tests;

public sealed class StudySchemaTests
{
    private static readonly Lazy<JsonSchema> _schema = new(() => JsonSchema.FromFile(TestFiles.Schema));

    private static readonly EvaluationOptions _options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string> Documents => TestFiles.ValidDocuments();

    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema()
    {
        var schemaNode = JsonNode.Parse(File.ReadAllText(TestFiles.Schema));

        var result = MetaSchemas.Draft202012.Evaluate(schemaNode, _options);

        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_sample_satisfies_the_schema(string name)
    {
        // YAML samples are converted to JSON through the reader, which knows which plain scalars are numbers.
        var document = await StudyDocumentReader.ReadFileAsync(TestFiles.ValidDocumentPath(name));
        var json = JsonNode.Parse(StudyDocumentWriter.ToJson(document));

        var result = _schema.Value.Evaluate(json, _options);

        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [InlineData("""{ "title": "No id" }""")]
    [InlineData("""{ "id": "Upper-Case", "title": "T" }""")]
    [InlineData("""{ "id": "s", "title": "T", "colour": "blue" }""")]
    [InlineData("""{ "id": "s", "title": "T", "year": 1850 }""")]
    [InlineData("""{ "id": "s", "title": "T", "sampleSize": -1 }""")]
    [InlineData("""{ "id": "s", "title": "T", "themes": [ { "id": "t", "name": "N", "domain": "d", "polarity": "supports" } ] }""")]
    [InlineData("""{ "id": "s", "title": "T", "quotes": [ { "id": "q", "text": "  " } ] }""")]
    [InlineData("""{ "id": "s", "title": "T", "links": [ { "from": "t", "to": "no-study-part", "relation": "corroborates", "rationale": "R", "author": "A" } ] }""")]
    [InlineData("""{ "id": "s", "title": "T", "links": [ { "from": "t", "to": "o/t", "relation": "corroborates", "rationale": "R", "author": "A", "createdAt": "yesterday" } ] }""")]
    public void A_broken_document_fails_the_schema(string json)
    {
        var result = _schema.Value.Evaluate(JsonNode.Parse(json), _options);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task The_seed_with_a_broken_theme_fails_the_schema()
    {
        var document = await StudyDocumentReader.ReadFileAsync(TestFiles.Seed);
        document.Themes[3].Polarity = "positive";
        document.Quotes[0].Id = "Q 1";

        var result = _schema.Value.Evaluate(JsonNode.Parse(StudyDocumentWriter.ToJson(document)), _options);

        Assert.False(result.IsValid);
    }

    private static string Describe(EvaluationResults result) =>
        string.Join(
            Environment.NewLine,
            (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}

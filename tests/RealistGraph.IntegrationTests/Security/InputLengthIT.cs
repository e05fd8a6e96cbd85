using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Security;

/// <summary>Texts longer than their kind allows are refused with VALIDATION naming the field, and nothing is stored.</summary>
public sealed class InputLengthIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string CreateTheme = """
        mutation($input: CreateThemeInput!) { createTheme(input: $input) { id name } }
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.ImportAsync(RepositoryPaths.Seed);
    }

    [Fact]
    public async Task A_one_megabyte_name_is_refused_naming_the_field_and_not_stored()
    {
        var reply = await Fixture.GraphQLAsync(CreateTheme, new { input = Theme("huge-name", new string('n', 1_000_000), "short") });

        var (message, code) = Replies.SingleError(reply);
        Assert.Equal("VALIDATION", code);
        Assert.Contains("createTheme.input.name", message, StringComparison.Ordinal);
        Assert.Contains("Realist:Limits:MaxNameLength", message, StringComparison.Ordinal);
        Assert.Equal(0, Replies.RoundTrips(reply));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await Fixture.DataAsync("""{ theme(id: "brooks-2023-bsme/huge-name") { id } }""")).GetProperty("theme").ValueKind);
    }

    [Fact]
    public async Task A_long_summary_is_accepted_up_to_its_own_limit_and_a_long_name_is_refused_in_a_literal_too()
    {
        var summary = new string('s', 15_000);
        var created = await Fixture.DataAsync(CreateTheme, new { input = Theme("long-summary", "A theme with a long summary", summary) });
        Assert.Equal("brooks-2023-bsme/long-summary", created.GetProperty("createTheme").Str("id"));

        var literal = $$"""mutation { createTheme(input: {studyId: "brooks-2023-bsme", id: "too-long", name: "{{new string('n', 600)}}", domainId: "brooks-2023-bsme/personal", polarity: THREAT}) { id } }""";
        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync(literal));
        Assert.Equal("VALIDATION", code);
        Assert.Contains("createTheme.input.name", message, StringComparison.Ordinal);
        Assert.Contains("Realist:Limits:MaxNameLength", message, StringComparison.Ordinal);

        var tooLong = await Fixture.GraphQLAsync(CreateTheme, new { input = Theme("too-long", "Too long", new string('s', 25_000)) });
        Assert.Contains("createTheme.input.summary", Replies.SingleError(tooLong).Message, StringComparison.Ordinal);
        Assert.Contains("Realist:Limits:MaxTextLength", Replies.SingleError(tooLong).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nul_in_a_mutations_text_is_refused_naming_the_field_and_not_stored()
    {
        // Issue 9: a NUL in a text broke the .qdpx export. Imports refuse it (HostileDocumentIT); mutations must too.
        var reply = await Fixture.GraphQLAsync(CreateTheme, new { input = Theme("nul-summary", "A theme", "before\0after") });

        var (message, code) = Replies.SingleError(reply);
        Assert.Equal("VALIDATION", code);
        Assert.Contains("input.summary", message, StringComparison.Ordinal);
        Assert.Contains("U+0000", message, StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await Fixture.DataAsync("""{ theme(id: "brooks-2023-bsme/nul-summary") { id } }""")).GetProperty("theme").ValueKind);
    }

    private static object Theme(string id, string name, string summary) =>
        new { studyId = "brooks-2023-bsme", id, name, domainId = "brooks-2023-bsme/personal", polarity = "THREAT", summary };
}

using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Safety;

/// <summary>
/// Issue 9: a 200 KB <c>importStudy</c> document nested 100,000 levels deep crashed the service with a stack overflow.
/// Through the real HTTP service it is now a clear validation error, and the service answers the next request.
/// </summary>
public sealed class HostileDocumentIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string Import = """mutation($d: String!) { importStudy(document: $d) { studyId change } }""";

    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public async Task A_document_nested_100000_levels_is_refused_and_the_service_still_answers(string format)
    {
        const int Levels = 100_000;
        var document = format == "json"
            ? "{\"id\": \"deep\", \"title\": " + new string('[', Levels) + new string(']', Levels) + "}"
            : "id: deep\ntitle: " + new string('[', Levels) + new string(']', Levels) + "\n";

        var reply = await Fixture.GraphQLAsync(Import, new { d = document });

        var error = reply.GetProperty("errors")[0];
        Assert.Equal("VALIDATION", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("nests more than 64 levels deep", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var studies = await Fixture.DataAsync("{ studies(first: 1) { nodes { id } } }");
        Assert.Equal(0, studies.GetProperty("studies").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_yaml_alias_bomb_is_refused_by_the_service()
    {
        var bomb = "id: bomb\ntitle: x\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + string.Concat(Enumerable.Range(1, 8).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(",", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))}]\n"));

        var reply = await Fixture.GraphQLAsync(Import, new { d = bomb });

        var error = reply.GetProperty("errors")[0];
        Assert.Equal("VALIDATION", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("aliases (*a) are not accepted", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quote_with_a_nul_is_refused_at_import_with_its_place()
    {
        var document = "id: nul\ntitle: A study\nparticipants:\n  - id: p1\n    label: P1\nquotes:\n  - id: q1\n    participant: p1\n    text: \"before\\0after\"\n";

        var reply = await Fixture.GraphQLAsync(Import, new { d = document });

        var error = reply.GetProperty("errors")[0];
        Assert.Equal("VALIDATION", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("quotes[0].text: the text holds the character U+0000", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}

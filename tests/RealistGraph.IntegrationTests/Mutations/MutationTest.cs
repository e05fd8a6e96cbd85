using System.Text.Json;
using System.Text.Json.Nodes;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Mutations;

/// <summary>Base of the mutation tests: the seed study is in the graph; helpers compare JSON and snapshots.</summary>
public abstract class MutationTest(RealistGraphFixture fixture) : GraphTest(fixture)
{
    protected const string Seed = "brooks-2023-bsme";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.ImportAsync(RepositoryPaths.Seed);
    }

    /// <summary>The whole study as its document text: equal snapshots mean an unchanged study.</summary>
    protected async Task<string> SnapshotAsync(string studyId = Seed) =>
        StudyDocumentWriter.ToYaml((await Fixture.Exporter.ExportAsync(studyId))!);

    /// <summary>The only error of the reply: its extensions.code and message; the data must hold nothing.</summary>
    protected async Task<(string Code, string Message)> ErrorAsync(string query, object? variables = null)
    {
        var reply = await Fixture.GraphQLAsync(query, variables);
        Assert.True(reply.TryGetProperty("errors", out var errors), "expected an error, got " + reply);
        var error = Assert.Single(errors.EnumerateArray());
        if (reply.TryGetProperty("data", out var data))
        {
            Assert.Equal(JsonValueKind.Null, data.ValueKind);
        }

        return (error.GetProperty("extensions").GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }

    /// <summary>The mutation is refused with that code and message, and the study is exactly as before.</summary>
    protected async Task AssertRefusedAsync(string query, string code, string message, string studyId = Seed)
    {
        var before = await SnapshotAsync(studyId);
        var (actualCode, actualMessage) = await ErrorAsync(query);
        Assert.Equal(code, actualCode);
        Assert.Equal(message, actualMessage);
        Assert.Equal(before, await SnapshotAsync(studyId));
    }

    protected static void AssertJson(string expected, JsonElement actual) =>
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual.GetRawText())),
            $"expected {JsonNode.Parse(expected)!.ToJsonString()}\n  actual {actual.GetRawText()}");
}

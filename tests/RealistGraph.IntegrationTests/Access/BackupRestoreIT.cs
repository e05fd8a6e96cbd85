using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Access;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Cli;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Access;
using RealistGraph.Neo4j.Changes;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Maintenance;
using RealistGraph.Neo4j.Suggestions;
using static RealistGraph.IntegrationTests.Access.AccessReplies;

namespace RealistGraph.IntegrationTests.Access;

/// <summary><c>realist backup DIR</c>, an emptied graph, <c>realist restore DIR</c>: the same graph again.</summary>
public sealed class BackupRestoreIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string SelfDoubt = "synthetic-peer-mentoring/persistent-self-doubt";
    private const string Imposter = "brooks-2023-bsme/imposter-syndrome";

    [Fact]
    public async Task Studies_links_keys_and_the_change_log_come_back_equal_after_backup_clear_restore()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
        // Links both ways, so that whichever study is restored first loses one until the second pass.
        await LinkAsync(Imposter, SelfDoubt);
        await LinkAsync(SelfDoubt, Imposter);
        Data(await PostAsync(Fixture.Http, """mutation { createContext(input: {studyId: "brooks-2023-bsme", id: "late", description: "Late"}) { id } }"""));
        // A rejected suggestion is the evaluator's judgement too: it must survive the restore, or the pair comes back.
        await Fixture.DataAsync(
            "mutation($input: RejectSuggestionInput!) { rejectSuggestion(input: $input) { rejectedAt } }",
            new { input = new { fromId = "synthetic-peer-mentoring/peer-community", toId = "brooks-2023-bsme/mentor-modeling", reason = "alike in words only", author = "tests" } });
        var reader = await Fixture.Services.GetRequiredService<ApiKeyService>().CreateAsync("backed-up-reader", Role.Reader);
        await Fixture.Services.GetRequiredService<ApiKeyService>().RevokeAsync("backed-up-reader");
        var before = await StateAsync();

        var folder = Directory.CreateTempSubdirectory("realist-backup-").FullName;
        try
        {
            var backup = await CliRun.RunAsync("backup", folder);
            Assert.Equal(0, backup.ExitCode);
            Assert.Contains("backed up 2 studies", backup.Error);

            var refused = await CliRun.RunAsync("restore", folder);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("a restore needs an empty graph (--force empties it first)", refused.Error);

            await Fixture.Services.GetRequiredService<GraphMaintenance>().ClearAsync();
            Assert.Equal(0, (await CountsAsync()).Sum(c => c.Count));

            var restore = await CliRun.RunAsync("restore", folder);
            Assert.Equal(0, restore.ExitCode);
            var after = await StateAsync();
            Assert.Equal(before.Exports, after.Exports);
            Assert.Equal(before.Counts, after.Counts);
            Assert.Equal(before.Keys, after.Keys);
            Assert.Equal(before.Changes, after.Changes);
            Assert.Equal(before.Rejections, after.Rejections);
            Assert.Single(after.Rejections);

            // The restored hash still checks the key it was made from; the revoked one stays revoked.
            Assert.Null(await Fixture.Services.GetRequiredService<ApiKeyService>().AuthenticateAsync(reader.Key));
            Data(await PostAsync(Fixture.Http, """mutation { createContext(input: {studyId: "brooks-2023-bsme", id: "after", description: "After"}) { id } }"""));

            Assert.Equal(0, (await CliRun.RunAsync("restore", folder, "--force")).ExitCode);
            Assert.Equal(before.Exports, (await StateAsync()).Exports);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Task<System.Text.Json.JsonElement> LinkAsync(string fromId, string toId) => Fixture.DataAsync(
        "mutation($input: AddLinkInput!) { addLink(input: $input) { id } }",
        new { input = new { fromId, toId, relation = "CORROBORATES", rationale = "backed up", author = "tests" } });

    private async Task<(List<string> Exports, List<(string Label, long Count)> Counts, List<StoredApiKey> Keys, List<Change> Changes, List<SuggestionRejection> Rejections)> StateAsync()
    {
        var exports = new List<string>();
        foreach (var id in new[] { "brooks-2023-bsme", "synthetic-peer-mentoring" })
        {
            exports.Add(StudyDocumentWriter.ToYaml((await Fixture.Exporter.ExportAsync(id))!));
        }

        return (exports, await CountsAsync(),
            (await Fixture.Services.GetRequiredService<ApiKeyStore>().AllAsync()).ToList(),
            (await Fixture.Services.GetRequiredService<ChangeLog>().AllAsync()).ToList(),
            (await Fixture.Services.GetRequiredService<SuggestionStore>().AllRejectionsAsync()).ToList());
    }

    /// <summary>Nodes by labels and relationships by type, the whole graph (schema migration records aside).</summary>
    private async Task<List<(string Label, long Count)>> CountsAsync()
    {
        var nodes = await Fixture.Database.RunAsync(new CypherStatement(
            "MATCH (n) WHERE NOT n:SchemaMigration WITH labels(n) AS ls, count(*) AS c UNWIND ls AS l RETURN l AS label, sum(c) AS count ORDER BY label"));
        var relationships = await Fixture.Database.RunAsync(new CypherStatement(
            "MATCH ()-[r]->() RETURN type(r) AS label, count(*) AS count ORDER BY label"));
        return nodes.Records.Concat(relationships.Records).Select(r => (r.GetString("label"), r.GetInt64("count"))).ToList();
    }
}

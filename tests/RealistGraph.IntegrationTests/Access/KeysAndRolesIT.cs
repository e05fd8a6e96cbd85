using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Access;
using RealistGraph.IntegrationTests.Cli;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Access;
using static RealistGraph.IntegrationTests.Access.AccessReplies;

namespace RealistGraph.IntegrationTests.Access;

/// <summary>API keys and roles on the real service with anonymous reading on (as <c>./realist up</c> runs it).</summary>
public sealed class KeysAndRolesIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private ApiKeyService Keys => Fixture.Services.GetRequiredService<ApiKeyService>();

    [Fact]
    public async Task An_anonymous_mutation_is_refused_and_names_the_role_needed_while_anonymous_reads_run()
    {
        using var anonymous = Fixture.ClientWith(null);
        var (code, message) = Refusal(await PostAsync(anonymous, CreateStudy));
        Assert.Equal("UNAUTHENTICATED", code);
        Assert.Contains("needs the editor role", message);
        Assert.Equal(0, Data(await PostAsync(anonymous, CountStudies)).GetProperty("studies").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_reader_key_reads_but_cannot_mutate()
    {
        var reader = await Keys.CreateAsync("reader-1", Role.Reader);
        using var client = Fixture.ClientWith(reader.Key);
        var (code, message) = Refusal(await PostAsync(client, CreateStudy));
        Assert.Equal("FORBIDDEN", code);
        Assert.Equal("Authorization: a mutation needs the editor role; 'reader-1' has the reader role.", message);
        Assert.Equal(0, Data(await PostAsync(client, CountStudies)).GetProperty("studies").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_editor_key_made_by_the_cli_can_mutate_and_its_key_is_printed_once_but_never_stored()
    {
        var run = await CliRun.RunAsync("keys", "create", "--role", "editor", "--name", "alice");
        Assert.Equal(0, run.ExitCode);
        var key = run.Out.Trim();
        Assert.StartsWith(ApiKeyFormat.Marker, key);

        using var client = Fixture.ClientWith(key);
        Assert.Equal("keyed-study", Data(await PostAsync(client, CreateStudy)).GetProperty("createStudy").GetProperty("id").GetString());

        var stored = (await Fixture.Services.GetRequiredService<ApiKeyStore>().AllAsync()).Single(k => k.Name == "alice");
        Assert.Equal("editor", stored.Role);
        Assert.DoesNotContain(key, string.Join("|", stored.Name, stored.Prefix, stored.Salt, stored.Hash));
        Assert.Equal(ApiKeyFormat.Hash(stored.Salt, key), stored.Hash);

        var list = await CliRun.RunAsync("keys", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("alice\teditor", list.Out);
        Assert.DoesNotContain(key, list.Out);

        var again = await CliRun.RunAsync("keys", "create", "--role", "reader", "--name", "alice");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("a key named 'alice' exists already", again.Error);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_even_for_reads()
    {
        var editor = await Keys.CreateAsync("soon-revoked", Role.Editor);
        using var client = Fixture.ClientWith(editor.Key);
        Data(await PostAsync(client, CountStudies)); // checked once, now cached

        await Keys.RevokeAsync("soon-revoked");

        var (code, message) = Refusal(await PostAsync(client, CreateStudy));
        Assert.Equal("UNAUTHENTICATED", code);
        Assert.Contains("not accepted", message);
        Assert.Equal("UNAUTHENTICATED", Refusal(await PostAsync(client, CountStudies)).Code);
        Assert.Contains("revoked", (await CliRun.RunAsync("keys", "list")).Out);
    }

    [Theory]
    [InlineData("rgk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-key")]
    public async Task A_wrong_key_is_refused_and_not_taken_for_anonymous(string wrong)
    {
        using var client = Fixture.ClientWith(wrong);
        Assert.Equal("UNAUTHENTICATED", Refusal(await PostAsync(client, CountStudies)).Code);
        Assert.Equal("UNAUTHENTICATED", Refusal(await PostAsync(client, CreateStudy)).Code);
    }

    [Fact]
    public async Task A_key_that_differs_in_one_character_from_a_valid_one_is_refused()
    {
        var editor = await Keys.CreateAsync("exact", Role.Editor);
        var last = editor.Key[^1];
        using var client = Fixture.ClientWith(editor.Key[..^1] + (last == 'A' ? 'B' : 'A'));
        Assert.Equal("UNAUTHENTICATED", Refusal(await PostAsync(client, CreateStudy)).Code);
    }
}

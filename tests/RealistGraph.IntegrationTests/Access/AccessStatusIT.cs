using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Access;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Access.AccessReplies;

namespace RealistGraph.IntegrationTests.Access;

/// <summary>
/// Refusals for credentials answer HTTP 401 (with a Bearer challenge) or 403 under both response media types, and the
/// body is still a GraphQL response whose error carries extensions.code (README, "Keys and roles").
/// </summary>
public sealed class AccessStatusIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private ApiKeyService Keys => Fixture.Services.GetRequiredService<ApiKeyService>();

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task A_mutation_without_a_key_answers_401_with_a_bearer_challenge_and_UNAUTHENTICATED(string accept)
    {
        using var anonymous = Fixture.ClientWith(null);
        var reply = await SendAsync(anonymous, CreateStudy, accept);
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("Bearer realm=\"realist\"", reply.Challenge);
        Assert.Equal(accept, reply.MediaType);
        Assert.Equal("UNAUTHENTICATED", Refusal(reply.Body).Code);

        // Reading anonymously is on here: a query still answers 200 with data.
        var read = await SendAsync(anonymous, CountStudies, accept);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Data(read.Body);
    }

    [Theory]
    [InlineData("rgk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-key")]
    public async Task An_unknown_key_answers_401_invalid_token_even_for_a_read(string wrong)
    {
        using var client = Fixture.ClientWith(wrong);
        foreach (var query in new[] { CountStudies, CreateStudy })
        {
            var reply = await SendAsync(client, query, "application/json");
            Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
            Assert.Equal("Bearer realm=\"realist\", error=\"invalid_token\"", reply.Challenge);
            Assert.Equal("UNAUTHENTICATED", Refusal(reply.Body).Code);
        }
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task A_reader_key_doing_a_mutation_answers_403_FORBIDDEN_and_its_reads_200(string accept)
    {
        var reader = await Keys.CreateAsync("status-reader-" + accept.Length, Role.Reader);
        using var client = Fixture.ClientWith(reader.Key);
        var refused = await SendAsync(client, CreateStudy, accept);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("Bearer realm=\"realist\", error=\"insufficient_scope\"", refused.Challenge);
        var (code, message) = Refusal(refused.Body);
        Assert.Equal("FORBIDDEN", code);
        Assert.Contains("needs the editor role", message);

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, CountStudies, accept)).Status);
    }

    [Fact]
    public async Task An_editor_key_mutates_with_200_and_no_challenge()
    {
        var editor = await Keys.CreateAsync("status-editor", Role.Editor);
        using var client = Fixture.ClientWith(editor.Key);
        var reply = await SendAsync(client, CreateStudy);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("", reply.Challenge);
        Assert.Equal("keyed-study", Data(reply.Body).GetProperty("createStudy").GetProperty("id").GetString());
    }
}

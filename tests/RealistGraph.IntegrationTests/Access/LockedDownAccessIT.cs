using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using RealistGraph.Application.Access;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Changes;
using static RealistGraph.IntegrationTests.Access.AccessReplies;

namespace RealistGraph.IntegrationTests.Access;

/// <summary>Anonymous reading off (as in the image) and single sign-on tokens mapped to roles.</summary>
public sealed class LockedDownAccessIT(RealistGraphFixture fixture, LockedDownHost host) : GraphTest(fixture), IClassFixture<LockedDownHost>
{
    [Fact]
    public async Task With_anonymous_reading_off_a_read_needs_a_reader_key()
    {
        using var anonymous = host.ClientWith(null);
        var (code, message) = Refusal(await PostAsync(anonymous, CountStudies));
        Assert.Equal("UNAUTHENTICATED", code);
        Assert.Contains("a query needs the reader role", message);

        var reader = await host.Services.GetRequiredService<ApiKeyService>().CreateAsync("locked-reader", Role.Reader);
        using var client = host.ClientWith(reader.Key);
        Assert.Equal(0, Data(await PostAsync(client, CountStudies)).GetProperty("studies").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_token_whose_group_maps_to_editor_can_mutate_and_its_subject_is_recorded()
    {
        using var client = host.ClientWith(host.Token("alice@uni.example", ["staff", "qual-editors"]));
        Assert.Equal("keyed-study", Data(await PostAsync(client, CreateStudy)).GetProperty("createStudy").GetProperty("id").GetString());

        var change = Assert.Single((await host.Services.GetRequiredService<ChangeLog>().PageAsync("keyed-study", 0, 10)).Items);
        Assert.Equal("alice@uni.example", change.Actor);
        Assert.Equal("createStudy", change.Action);
    }

    [Fact]
    public async Task A_token_with_a_reader_group_reads_but_cannot_mutate()
    {
        using var client = host.ClientWith(host.Token("bob@uni.example", ["qual-readers"]));
        Data(await PostAsync(client, CountStudies));
        var (code, message) = Refusal(await PostAsync(client, CreateStudy));
        Assert.Equal("FORBIDDEN", code);
        Assert.Equal("Authorization: a mutation needs the editor role; 'bob@uni.example' has the reader role.", message);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_or_for_another_audience_is_refused()
    {
        using var forged = host.ClientWith(host.Token("mallory", ["qual-editors"], new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32))));
        Assert.Equal("UNAUTHENTICATED", Refusal(await PostAsync(forged, CreateStudy)).Code);
        using var elsewhere = host.ClientWith(host.Token("mallory", ["qual-editors"], audience: "another-service"));
        Assert.Equal("UNAUTHENTICATED", Refusal(await PostAsync(elsewhere, CountStudies)).Code);
    }

    [Fact]
    public async Task A_document_served_from_the_cache_is_still_checked_against_each_callers_role()
    {
        var cache = host.Services.GetRequiredService<RealistGraph.Api.GraphQL.Execution.ValidatedDocumentCache>();
        using var editor = host.ClientWith(host.Token("carol@uni.example", ["qual-editors"]));
        using var reader = host.ClientWith(host.Token("dan@uni.example", ["qual-readers"]));
        using var anonymous = host.ClientWith(null);
        Data(await PostAsync(editor, CreateStudy));
        Data(await PostAsync(reader, CountStudies));
        var before = cache.Figures;

        var forbidden = Refusal(await PostAsync(reader, CreateStudy));
        var unauthenticated = Refusal(await PostAsync(anonymous, CountStudies));

        Assert.Equal(2, cache.Figures.Hits - before.Hits);
        Assert.Equal(("FORBIDDEN", "Authorization: a mutation needs the editor role; 'dan@uni.example' has the reader role."), forbidden);
        Assert.Equal("UNAUTHENTICATED", unauthenticated.Code);
        Assert.Equal(1, Data(await PostAsync(reader, CountStudies)).GetProperty("studies").GetProperty("totalCount").GetInt32());
    }
}

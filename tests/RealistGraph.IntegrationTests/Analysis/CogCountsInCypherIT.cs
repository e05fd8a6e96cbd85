using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Analysis;
using RealistGraph.Domain.Cogs;
using RealistGraph.Domain.Model;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;

namespace RealistGraph.IntegrationTests.Analysis;

/// <summary>
/// The cogs count their quotes in Cypher (<c>analysis/cog-tallies-*</c>) instead of fetching one row per quote and
/// theme. Over the bundled studies and the synthetic fixture (mixed polarities, quotes coded to several themes of a
/// domain, themes without quotes, a themes-only study), every model equals the one <see cref="CogCalculator"/>
/// computes from those rows, read here with the query the service used before.
/// </summary>
public sealed class CogCountsInCypherIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    // The evidence query of the service before the counting moved into Cypher: one row per quote and theme.
    private const string EvidenceRows = """
        MATCH (t:Theme)-[:IN_DOMAIN]->(d:Domain)
        WHERE t.studyId IN $studyIds
        OPTIONAL MATCH (t)<-[:EVIDENCES]-(q:Quote)
        WITH d, t, q
        WHERE $participantId IS NULL OR q.participantId = $participantId
        RETURN d.id AS domainId, d.name AS domainName, d.canonicalDomain AS canonicalDomain, d.studyId AS studyId,
               t.id AS themeId, t.polarity AS themePolarity, q.id AS quoteId, q.polarity AS quotePolarity,
               q.participantId AS participantId
        ORDER BY d.studyId, d.ordinal, t.ordinal, q.ordinal
        """;

    private static readonly string[] _studies = ["brooks-2023-bsme", "c-change-2024", "synthetic-peer-mentoring"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.SecondSample);
        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
    }

    [Theory]
    [InlineData("brooks-2023-bsme")]
    [InlineData("c-change-2024")]
    [InlineData("synthetic-peer-mentoring")]
    [InlineData("brooks-2023-bsme", "synthetic-peer-mentoring")]
    [InlineData("brooks-2023-bsme", "c-change-2024", "synthetic-peer-mentoring")]
    public async Task Counted_in_Cypher_the_cogs_equal_the_cogs_counted_from_every_row(params string[] studyIds)
    {
        var pooled = studyIds.Length > 1;
        var service = await Cogs().ComputeAsync(studyIds, null);
        var expected = CogCalculator.Compute(await RowsAsync(studyIds, null, pooled), []);

        Assert.Equal(pooled, service.Pooled);
        Assert.Equal(Json(WithoutStated(expected)), Json(WithoutStated(service.Model)));
    }

    [Fact]
    public async Task Every_study_at_once_is_pooled_and_counted_the_same()
    {
        var service = await Cogs().ComputeAsync(null, null);
        var expected = CogCalculator.Compute(await RowsAsync(_studies, null, pooled: true), []);

        Assert.True(service.Pooled);
        Assert.Equal(Json(WithoutStated(expected)), Json(WithoutStated(service.Model)));
    }

    [Fact]
    public async Task A_participants_cogs_count_only_their_quotes_the_same_way()
    {
        var participants = (await Fixture.Database.RunAsync(new CypherStatement(
            "MATCH (q:Quote) WHERE q.participantId IS NOT NULL RETURN DISTINCT q.participantId AS id ORDER BY id"))).Records
            .Select(r => r.GetString("id")).ToList();
        Assert.True(participants.Count > 5, "the fixtures have quoted participants");

        foreach (var participant in participants)
        {
            var study = StudyIds.StudyOf(participant);
            var service = await Cogs().ComputeAsync(null, participant);
            var expected = CogCalculator.Compute(await RowsAsync([study], participant, pooled: false), []);
            Assert.Equal(Json(WithoutStated(expected)), Json(WithoutStated(service.Model)));
        }
    }

    [Fact]
    public async Task Counter_rotation_counted_in_Cypher_finds_the_same_participants()
    {
        var rows = await RowsAsync(_studies, null, pooled: true);
        var canonicalRows = rows.Select(r => r with { DomainKey = r.DomainKey[CogService.CanonicalPrefix.Length..] }).ToList();
        foreach (var (threat, support) in new[] { ("structural", "social"), ("personal", "structural"), ("social", "personal") })
        {
            var service = await Cogs().CounterRotatingAsync(threat, support, null);
            var expected = CounterRotation.Find(canonicalRows, threat, support);
            Assert.Equal(Json(expected), Json(service));
        }
    }

    private CogService Cogs() => Fixture.Services.GetRequiredService<CogService>();

    // The rows keyed as the service keys them: by domain id, or by canonical domain when studies are pooled.
    private async Task<List<CogEvidence>> RowsAsync(IReadOnlyList<string> studyIds, string? participantId, bool pooled)
    {
        var result = await Fixture.Database.RunAsync(new CypherStatement(
            EvidenceRows, new Dictionary<string, object?> { ["studyIds"] = studyIds, ["participantId"] = participantId }));
        return result.Records.Select(r => new CogEvidence(
                pooled ? CogService.CanonicalPrefix + r.GetString("canonicalDomain") : r.GetString("domainId"),
                pooled ? r.GetString("canonicalDomain") : r.GetString("domainName"),
                r.GetString("themeId"),
                GraphValues.Parse<Polarity>(r.GetString("themePolarity")),
                r.GetNullableString("quoteId"),
                r.GetNullableString("quotePolarity") is { } p ? GraphValues.Parse<Polarity>(p) : null,
                r.GetNullableString("participantId"),
                r.GetString("studyId")))
            .ToList();
    }

    // Stated interactions come from their own query, unchanged; the comparison is about what is counted.
    private static CogModel WithoutStated(CogModel model) =>
        model with { Interactions = model.Interactions.Where(i => i.Source != InteractionSource.Stated).ToList() };

    private static readonly JsonSerializerOptions _indented = new() { WriteIndented = true };

    private static string Json(object value) => JsonSerializer.Serialize(value, _indented);
}

using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Asking;

/// <summary>
/// Root <c>contexts</c> and <c>activities</c>; quotes filtered by the mechanism, CMO configuration, function or
/// activity they evidence; exact-match text filters (labels, sites, codes) in any case. Over both bundled samples
/// and the synthetic study, whose quotes evidence mechanisms, functions and activities directly.
/// </summary>
public sealed class RootListsAndQuoteFiltersIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var file in RepositoryPaths.SampleFiles)
        {
            await Fixture.ImportAsync(file);
        }

        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy); // the samples' quotes evidence CMO configurations only
    }

    [Fact]
    public async Task Contexts_of_all_studies_or_some_filtered_by_text_in_any_case()
    {
        var seed = await SeedAsync();
        var second = await SecondAsync();
        var synthetic = await SyntheticAsync();
        var word = second.Contexts[0].Description.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();
        var withWord = new[] { seed, second, synthetic }
            .SelectMany(d => d.Contexts.Where(c => c.Description.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(c => Global(d, c.Id)))
            .ToList();

        var data = await Fixture.DataAsync("""
            query($second: ID!, $word: String!) {
              all: contexts(first: 500) { totalCount nodes { id description studyId } }
              some: contexts(where: {studyId: $second}) { totalCount nodes { id } }
              text: contexts(where: {textContains: $word}) { totalCount nodes { id } }
              sorted: contexts(order: {by: DESCRIPTION}, first: 500) { nodes { description } }
              one: context(id: "c-change-2024/nonexistent") { id }
            }
            """, new { second = SecondId, word = word.ToUpperInvariant() });

        Assert.Equal(
            new[] { seed, second, synthetic }.SelectMany(d => d.Contexts.Select(c => Global(d, c.Id))),
            data.GetProperty("all").GetProperty("nodes").Strings("id"));
        Assert.Equal(seed.Contexts.Count + second.Contexts.Count + synthetic.Contexts.Count, data.GetProperty("all").GetProperty("totalCount").GetInt32());
        Assert.Equal(second.Contexts.Select(c => Global(second, c.Id)), data.GetProperty("some").GetProperty("nodes").Strings("id"));
        Assert.Equal(withWord, data.GetProperty("text").GetProperty("nodes").Strings("id"));
        var sorted = data.GetProperty("sorted").GetProperty("nodes").Strings("description");
        Assert.Equal(sorted.Order(StringComparer.OrdinalIgnoreCase), sorted, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("one").ValueKind);
    }

    [Fact]
    public async Task Activities_of_all_studies_or_some_filtered_by_text_in_any_case()
    {
        var documents = new[] { await SeedAsync(), await SecondAsync(), await SyntheticAsync() };
        var expected = documents.SelectMany(d => d.Interventions.SelectMany(i => i.Activities).Select(a => (Doc: d, Activity: a))).ToList();

        var data = await Fixture.DataAsync("""
            {
              all: activities(first: 500) { totalCount nodes { id name functions { id } } }
              seed: activities(where: {studyIdIn: ["brooks-2023-bsme"]}) { totalCount }
              story: activities(where: {textContains: "STORYTELLING"}) { nodes { id name } }
            }
            """);

        Assert.Equal(expected.Select(e => Global(e.Doc, e.Activity.Id)), data.GetProperty("all").GetProperty("nodes").Strings("id"));
        Assert.Equal(expected.Count, data.GetProperty("all").GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.Count(e => e.Doc.Id == SeedId), data.GetProperty("seed").GetProperty("totalCount").GetInt32());
        Assert.Equal(
            expected.Where(e => e.Activity.Name.Contains("storytelling", StringComparison.OrdinalIgnoreCase) || (e.Activity.Description ?? "").Contains("storytelling", StringComparison.OrdinalIgnoreCase))
                .Select(e => Global(e.Doc, e.Activity.Id)),
            data.GetProperty("story").GetProperty("nodes").Strings("id"));
        Assert.Contains($"{SecondId}/act-structured-storytelling", data.GetProperty("story").GetProperty("nodes").Strings("id"));
    }

    [Fact]
    public async Task Quotes_filter_by_the_mechanism_cmo_configuration_function_and_activity_they_evidence()
    {
        var study = await SyntheticAsync();
        string Most(Func<Documents.StudyDocuments.QuoteEntry, List<string>> of) =>
            study.Quotes.SelectMany(of).GroupBy(m => m).OrderByDescending(g => g.Count()).First().Key;
        var mechanism = Most(q => q.Mechanisms);
        var cmo = Most(q => q.CmoConfigurations);
        var function = Most(q => q.Functions);
        var activity = Most(q => q.Activities);
        List<string> Of(Func<Documents.StudyDocuments.QuoteEntry, bool> keep) => study.Quotes.Where(keep).Select(q => Global(study, q.Id)).ToList();

        var data = await Fixture.DataAsync("""
            query($m: ID!, $c: ID!, $f: ID!, $a: ID!) {
              byMechanism: quotes(where: {mechanismId: $m}, first: 500) { totalCount nodes { id } }
              byCmo: quotes(where: {cmoConfigurationIdIn: [$c]}, first: 500) { totalCount nodes { id } }
              byFunction: quotes(where: {functionId: $f}, first: 500) { totalCount nodes { id } }
              byActivity: quotes(where: {activityId: $a}, first: 500) { totalCount nodes { id } }
              both: quotes(where: {mechanismId: $m, functionId: $f, polarity: SUPPORT}, first: 500) { totalCount nodes { id } }
              seedCmo: quotes(where: {cmoConfigurationId: "brooks-2023-bsme/cmo-community-belonging"}, first: 500) { totalCount }
              unknown: quotes(where: {mechanismId: "brooks-2023-bsme/no-such-mechanism"}) { totalCount nodes { id } }
            }
            """, new { m = Global(study, mechanism), c = Global(study, cmo), f = Global(study, function), a = Global(study, activity) });

        Assert.Equal(Of(q => q.Mechanisms.Contains(mechanism)), data.GetProperty("byMechanism").GetProperty("nodes").Strings("id"));
        Assert.Equal(Of(q => q.CmoConfigurations.Contains(cmo)), data.GetProperty("byCmo").GetProperty("nodes").Strings("id"));
        Assert.Equal(Of(q => q.Functions.Contains(function)), data.GetProperty("byFunction").GetProperty("nodes").Strings("id"));
        Assert.Equal(Of(q => q.Activities.Contains(activity)), data.GetProperty("byActivity").GetProperty("nodes").Strings("id"));
        Assert.Equal(0, data.GetProperty("unknown").GetProperty("totalCount").GetInt32());
        var seed = await SeedAsync();
        Assert.Equal(seed.Quotes.Count(q => q.CmoConfigurations.Contains("cmo-community-belonging")), data.GetProperty("seedCmo").GetProperty("totalCount").GetInt32());

        var themes = study.Themes.ToDictionary(t => t.Id, t => t.Polarity);
        var both = Of(q => q.Mechanisms.Contains(mechanism) && q.Functions.Contains(function)
            && (q.Polarity ?? (q.Themes.Any(t => themes[t] == "support") ? "support" : null)) == "support");
        Assert.Equal(both, data.GetProperty("both").GetProperty("nodes").Strings("id"));
        Assert.Equal(both.Count, data.GetProperty("both").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Labels_sites_and_codes_match_in_any_case()
    {
        var seed = await SeedAsync();
        var participant = seed.Participants.First(p => p.Site is not null && p.Label.Any(char.IsLetter));
        var atSite = seed.Participants.Where(p => p.Site == participant.Site).Select(p => Global(seed, p.Id)).ToList();
        var spoken = seed.Quotes.Where(q => q.Participant == participant.Id).Select(q => Global(seed, q.Id)).ToList();
        var theme = seed.Themes.First(t => t.Code is not null);

        var data = await Fixture.DataAsync("""
            query($label: String!, $site: String!, $code: String!) {
              label: participants(where: {label: $label}) { nodes { id } }
              site: participants(where: {siteIn: [$site]}, first: 500) { nodes { id } }
              quotes(where: {participantLabel: $label}, first: 500) { nodes { id } }
              code: themes(where: {code: $code, studyId: "brooks-2023-bsme"}) { nodes { id } }
            }
            """, new { label = participant.Label.ToLowerInvariant(), site = participant.Site!.ToLowerInvariant(), code = $" {theme.Code!.ToUpperInvariant()} " });

        Assert.Equal([Global(seed, participant.Id)], data.GetProperty("label").GetProperty("nodes").Strings("id"));
        Assert.Equal(atSite, data.GetProperty("site").GetProperty("nodes").Strings("id"));
        Assert.Equal(spoken, data.GetProperty("quotes").GetProperty("nodes").Strings("id"));
        Assert.Equal([Global(seed, theme.Id)], data.GetProperty("code").GetProperty("nodes").Strings("id"));
    }
}

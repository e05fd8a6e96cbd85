using System.Text.Json;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;
using static RealistGraph.IntegrationTests.Suggestions.SuggestionQueries;

namespace RealistGraph.IntegrationTests.Suggestions;

/// <summary>
/// Link suggestions through the real service on the real Neo4j: per finding and per study, explained, filtered by kind,
/// never across polarity unless asked, and curated: a rejected pair stays gone, an accepted one becomes a link.
/// </summary>
public sealed class SuggestionsIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string Preceptorship = "nurse-preceptorship";
    private const string Transition = "graduate-nurse-transition";
    private const string Confidence = "nurse-preceptorship/clinical-confidence";
    private const string SelfAssurance = "graduate-nurse-transition/self-assurance-in-skills";

    private const string Reject = """
        mutation($input: RejectSuggestionInput!) { rejectSuggestion(input: $input) { fromId toId reason author rejectedAt } }
        """;

    private const string Accept = """
        mutation($input: AcceptSuggestionInput!) { acceptSuggestion(input: $input) { id relation from { ... on Theme { id } } to { ... on Theme { id } } } }
        """;

    [Fact]
    public async Task A_findings_suggestions_are_ranked_and_each_is_explained_by_the_words_and_passages_that_matched()
    {
        await ImportNursesAsync();

        var suggestions = await ForFindingAsync(Confidence, top: 10);

        Assert.Equal(SelfAssurance, suggestions[0].GetProperty("candidate").Str("id"));
        var scores = suggestions.Select(s => s.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(suggestions, s =>
        {
            Assert.Equal(Confidence, s.GetProperty("finding").Str("id"));
            Assert.Equal(Transition, s.GetProperty("candidate").Str("studyId"));
            Assert.InRange(s.GetProperty("score").GetDouble(), double.Epsilon, 1.0);
            var matches = s.GetProperty("matches").Items();
            Assert.NotEmpty(matches);
            Assert.Equal(1.0, matches.Sum(m => m.GetProperty("weight").GetDouble()), 2);
            Assert.All(matches, m =>
            {
                Assert.Contains(m.Str("term"), m.Str("passage"), StringComparison.OrdinalIgnoreCase);
                Assert.Contains(m.Str("field"), new[] { "NAME", "SUMMARY", "QUOTES" });
                Assert.NotEmpty(m.Str("findingPassage"));
            });
            Assert.Equal(matches.Select(m => m.Str("term")).Distinct(), s.GetProperty("terms").Items().Select(t => t.GetString()));
            Assert.Contains($"\"{matches[0].Str("term")}\"", s.Str("explanation"), StringComparison.Ordinal);
        });

        // "confident" in both names (weighted 3 x 3) explains the best one, in its name field.
        var best = suggestions[0].GetProperty("matches").Items();
        Assert.Contains(best, m => m.Str("field") == "NAME" && m.Str("findingField") == "NAME");
    }

    [Fact]
    public async Task Suggestions_for_a_study_cover_its_findings_of_every_kind_and_asking_stores_nothing()
    {
        await ImportNursesAsync();

        var suggestions = (await Fixture.DataAsync(ForStudy, new { study = Preceptorship, top = 50 })).GetProperty("suggestedLinks").Items();

        Assert.All(suggestions, s => Assert.Equal(Preceptorship, s.GetProperty("finding").Str("studyId")));
        var kinds = suggestions.Select(s => s.GetProperty("finding").Str("__typename")).ToHashSet();
        Assert.Superset(new HashSet<string> { "Theme", "Mechanism", "Context", "Outcome", "CmoConfiguration", "Function" }, kinds);
        Assert.Contains(suggestions, s => Pair(s) == (Confidence, SelfAssurance));
        Assert.Empty((await Fixture.DataAsync("{ findingLinks { id } }")).GetProperty("findingLinks").Items());
    }

    [Fact]
    public async Task The_kind_filter_keeps_only_candidates_of_those_kinds()
    {
        await ImportNursesAsync();

        var themes = await ForFindingAsync("nurse-preceptorship/fn-supervised-practice", top: 20, kinds: ["THEME"]);
        var functionsAndCmos = await ForFindingAsync("nurse-preceptorship/fn-supervised-practice", top: 20, kinds: ["FUNCTION", "CMO_CONFIGURATION"]);

        Assert.NotEmpty(themes);
        Assert.All(themes, s => Assert.Equal("Theme", s.GetProperty("candidate").Str("__typename")));
        Assert.NotEmpty(functionsAndCmos);
        Assert.All(functionsAndCmos, s => Assert.Contains(s.GetProperty("candidate").Str("__typename"), new[] { "Function", "CmoConfiguration" }));
        Assert.Contains("graduate-nurse-transition/fn-skills-rehearsal", Candidates(functionsAndCmos));
    }

    [Fact]
    public async Task A_support_and_a_threat_are_paired_only_when_contradictions_are_asked_for()
    {
        await ImportNursesAsync();
        const string Attrition = "nurse-preceptorship/out-early-attrition";
        const string SafePractice = "graduate-nurse-transition/out-safe-confident-practice";

        var plain = await ForFindingAsync(Attrition, top: 50);
        var withContradictions = await ForFindingAsync(Attrition, top: 50, contradictions: true);

        Assert.DoesNotContain(SafePractice, Candidates(plain));
        Assert.All(plain, s => Assert.False(s.GetProperty("opposite").GetBoolean()));
        var opposite = Assert.Single(withContradictions, s => s.GetProperty("candidate").Str("id") == SafePractice);
        Assert.True(opposite.GetProperty("opposite").GetBoolean());
        Assert.Contains("CONTRADICTS", opposite.Str("explanation"), StringComparison.Ordinal);
        Assert.Contains("graduate-nurse-transition/out-intention-to-leave", Candidates(plain));
    }

    [Fact]
    public async Task A_rejected_suggestion_stays_gone_both_ways_and_after_a_reimport_and_is_logged_in_both_studies()
    {
        await ImportNursesAsync();
        Assert.Contains(SelfAssurance, Candidates(await ForFindingAsync(Confidence, top: 10)));

        var rejection = (await Fixture.DataAsync(Reject, new { input = new { fromId = Confidence, toId = SelfAssurance, reason = "  different settings  ", author = "ana" } }))
            .GetProperty("rejectSuggestion");
        Assert.Equal((Confidence, SelfAssurance, "different settings", "ana"), (rejection.Str("fromId"), rejection.Str("toId"), rejection.Str("reason"), rejection.Str("author")));
        Assert.True(DateTimeOffset.Parse(rejection.Str("rejectedAt"), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-5));

        Assert.DoesNotContain(SelfAssurance, Candidates(await ForFindingAsync(Confidence, top: 50)));
        Assert.DoesNotContain(Confidence, Candidates(await ForFindingAsync(SelfAssurance, top: 50)));
        var forStudy = (await Fixture.DataAsync(ForStudy, new { study = Preceptorship, top = 200 })).GetProperty("suggestedLinks").Items();
        Assert.DoesNotContain(forStudy, s => Pair(s) == (Confidence, SelfAssurance));

        // The rejection is not part of either study, so importing a study again (a new version) does not bring it back.
        var changed = Copy(await StudyDocumentLoader.LoadAsync(Path.Combine(LabelledLinks.Folder, "nurse-preceptorship.yaml")));
        changed.Summary += " Re-imported.";
        await Fixture.Importer.ImportAsync(changed);
        Assert.DoesNotContain(SelfAssurance, Candidates(await ForFindingAsync(Confidence, top: 50)));

        foreach (var study in new[] { Preceptorship, Transition })
        {
            var changes = (await Fixture.DataAsync("query($s: ID!) { changes(studyId: $s, first: 50) { nodes { action summary } } }", new { s = study }))
                .GetProperty("changes").GetProperty("nodes").Items();
            Assert.Contains(changes, c => c.Str("action") == "rejectSuggestion" && c.Str("summary").Contains("different settings", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_two_findings_of_different_studies()
    {
        await ImportNursesAsync();

        Assert.Equal("VALIDATION", Replies.SingleError(await Fixture.GraphQLAsync(Reject, new { input = new { fromId = Confidence, toId = SelfAssurance, reason = " ", author = "ana" } })).Code);
        var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync(Reject, new { input = new { fromId = Confidence, toId = "graduate-nurse-transition/nope", reason = "x", author = "ana" } }));
        Assert.Equal("NOT_FOUND", code);
        Assert.Contains("input.toId", message, StringComparison.Ordinal);
        Assert.Equal("VALIDATION", Replies.SingleError(await Fixture.GraphQLAsync(Reject, new { input = new { fromId = Confidence, toId = "nurse-preceptorship/fear-of-mistakes", reason = "x", author = "ana" } })).Code);
        Assert.Contains(SelfAssurance, Candidates(await ForFindingAsync(Confidence, top: 10)));
    }

    [Fact]
    public async Task An_accepted_suggestion_becomes_a_link_seen_from_both_findings_and_is_not_suggested_again()
    {
        await ImportNursesAsync();

        var link = (await Fixture.DataAsync(Accept, new { input = new { fromId = Confidence, toId = SelfAssurance, relation = "CORROBORATES", rationale = "confidence in procedures", author = "ana" } }))
            .GetProperty("acceptSuggestion");
        Assert.Equal(("CORROBORATES", Confidence, SelfAssurance), (link.Str("relation"), link.GetProperty("from").Str("id"), link.GetProperty("to").Str("id")));

        foreach (var (from, other) in new[] { (Confidence, SelfAssurance), (SelfAssurance, Confidence) })
        {
            var linked = (await Fixture.DataAsync("query($id: ID!) { linkedFindings(id: $id) { finding { ... on Theme { id } } } }", new { id = from }))
                .GetProperty("linkedFindings").Items();
            Assert.Equal([other], linked.Select(l => l.GetProperty("finding").Str("id")));
            Assert.DoesNotContain(other, Candidates(await ForFindingAsync(from, top: 50)));
        }

        var changes = (await Fixture.DataAsync("query($s: ID!) { changes(studyId: $s, first: 50) { nodes { action } } }", new { s = Transition }))
            .GetProperty("changes").GetProperty("nodes").Items();
        Assert.Contains(changes, c => c.Str("action") == "addLink");
    }

    [Fact]
    public async Task Exactly_one_of_study_and_finding_is_asked_about_and_unknown_ones_are_not_found()
    {
        await ImportNursesAsync();

        foreach (var arguments in new[] { "", $"studyId: \"{Preceptorship}\", findingId: \"{Confidence}\"" })
        {
            var (message, code) = Replies.SingleError(await Fixture.GraphQLAsync($"{{ suggestedLinks({arguments}) {{ id }} }}".Replace("()", "", StringComparison.Ordinal)));
            Assert.Equal("VALIDATION", code);
            Assert.Contains("exactly one of studyId", message, StringComparison.Ordinal);
        }

        Assert.Equal("NOT_FOUND", Replies.SingleError(await Fixture.GraphQLAsync("{ suggestedLinks(studyId: \"no-such-study\") { id } }")).Code);
        Assert.Equal("NOT_FOUND", Replies.SingleError(await Fixture.GraphQLAsync("{ suggestedLinks(findingId: \"nurse-preceptorship/nope\") { id } }")).Code);
        Assert.Equal("VALIDATION", Replies.SingleError(await Fixture.GraphQLAsync($"{{ suggestedLinks(findingId: \"{Confidence}\", top: 0) {{ id }} }}")).Code);
    }

    private async Task ImportNursesAsync()
    {
        await Fixture.ImportAsync(Path.Combine(LabelledLinks.Folder, "nurse-preceptorship.yaml"));
        await Fixture.ImportAsync(Path.Combine(LabelledLinks.Folder, "graduate-nurse-transition.yaml"));
    }

    private async Task<IReadOnlyList<JsonElement>> ForFindingAsync(string findingId, int top, string[]? kinds = null, bool contradictions = false) =>
        (await Fixture.DataAsync(ForFinding, new { finding = findingId, top, kinds, contradictions })).GetProperty("suggestedLinks").Items();
}

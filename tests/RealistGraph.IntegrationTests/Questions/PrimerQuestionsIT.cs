using System.Text.Json;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Analysis.StudyEvidence;

namespace RealistGraph.IntegrationTests.Questions;

/// <summary>
/// The eight questions of the primer ("Questions users will ask"), each answered by ONE GraphQL request over HTTP
/// against both bundled samples (the seed and c-change-2024, which links to it) and the synthetic study (which
/// links to the seed too and has participants in every domain), plus links made here where a question needs them. Each request is the same text as <c>tests/graphql-client/queries/*.graphql</c> and
/// <c>docs/questions.md</c>; expected answers are computed from the study documents. Every request must also stay
/// within a few Cypher round trips: no more than its selection depth + 2.
/// </summary>
public sealed class PrimerQuestionsIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    private const string Q1 = """
        # Q1. Which mechanisms (or themes) appear in at least k studies, with their supporting quotes?
        query RecurringFindings {
          recurringFindings(minStudies: 2) {
            studyCount
            studies { id title }
            polarities
            links { relation rationale }
            findings {
              __typename
              ... on Theme { id name studyId quotes { id text participant { label } } }
              ... on Mechanism { id name studyId quotes { id text participant { label } } }
            }
          }
        }
        """;
    private const string Q2 = """
        # Q2. In the structural domain, which threats are reported, by which studies, with how many quotes?
        query StructuralThreats {
          themes(where: {canonicalDomain: "structural", polarity: THREAT}, first: 100) {
            totalCount
            nodes {
              id code name
              study { id title }
              quotesConnection(first: 0) { totalCount }
            }
          }
        }
        """;
    private const string Q3 = """
        # Q3. For participant 51-C, how do their supports and threats spread over the domains?
        query ParticipantCogs {
          cogModel(participantId: "brooks-2023-bsme/51-C") {
            unit
            cogs { domain { name canonicalDomain } supports threats salience direction }
          }
        }
        """;
    private const string Q4 = """
        # Q4. Which participants report a structural threat and a social support (counter-rotating cogs)?
        query CounterRotatingParticipants {
          counterRotatingParticipants(threatIn: "structural", supportIn: "social") {
            participant { id label site studyId }
            threatsInThreatDomain
            supportsInSupportDomain
          }
        }
        """;
    private const string Q5 = """
        # Q5. What evidence chain supports outcome O: the CMOCs, their contexts and mechanisms, the quotes?
        query EvidenceChain {
          outcomes(where: {textContains: "strengthened"}) {
            nodes {
              id description valence
              cmoConfigurations {
                id statement confidence
                context { description }
                mechanism { name resource reasoning }
                functions { name }
                activities { name }
                quotes { id text participant { label } }
              }
            }
          }
        }
        """;
    private const string Q6 = """
        # Q6. Which findings of study B corroborate or contradict findings of study A, and why?
        query CorroborateOrContradict {
          findingLinks(fromStudyId: "c-change-2024", toStudyId: "brooks-2023-bsme", relations: [CORROBORATES, CONTRADICTS]) {
            relation rationale author
            from { __typename ... on Theme { id name } ... on Mechanism { id name } ... on CmoConfiguration { id statement } }
            to { __typename ... on Theme { id name } ... on Mechanism { id name } ... on CmoConfiguration { id statement } }
          }
        }
        """;
    private const string Q7 = """
        # Q7. Which activities enact the function "forming empathic relationships", and what outcomes follow?
        query EmpathicRelationships {
          functions(where: {textContains: "forming empathic relationships"}) {
            nodes {
              id name
              intervention { name }
              activities { name }
              cmoConfigurations { statement outcome { description valence } }
            }
          }
        }
        """;
    private const string Q8 = """
        # Q8. Which findings of a newly imported study resemble existing ones (candidates for links), and why?
        query SuggestedLinks {
          suggestedLinks(studyId: "c-change-2024", top: 10) {
            id score terms explanation
            matches { field term passage }
            finding { __typename ... on Theme { id name } ... on Mechanism { id name } ... on CmoConfiguration { id statement } ... on Context { id description } ... on Outcome { id description } ... on Intervention { id name } ... on Function { id name } ... on Activity { id name } }
            candidate { __typename ... on Theme { id name studyId } ... on Mechanism { id name studyId } ... on CmoConfiguration { id statement studyId } ... on Context { id description studyId } ... on Outcome { id description studyId } ... on Intervention { id name studyId } ... on Function { id name studyId } ... on Activity { id name studyId } }
          }
        }
        """;

    /// <summary>The requests by the file that holds the same text for clients outside .NET.</summary>
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["q1-recurring-findings.graphql"] = Q1,
        ["q2-structural-threats.graphql"] = Q2,
        ["q3-participant-cogs.graphql"] = Q3,
        ["q4-counter-rotating.graphql"] = Q4,
        ["q5-evidence-chain.graphql"] = Q5,
        ["q6-corroborate-contradict.graphql"] = Q6,
        ["q7-function-activities-outcomes.graphql"] = Q7,
        ["q8-suggested-links.graphql"] = Q8,
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var file in RepositoryPaths.SampleFiles)
        {
            await Fixture.ImportAsync(file);
        }

        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
    }

    [Fact]
    public void The_requests_are_those_of_the_graphql_client_and_the_docs()
    {
        var directory = Path.Combine(RepositoryPaths.Root, "tests", "graphql-client", "queries");
        Assert.Equal(Files.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(directory, "*.graphql").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var docs = Normalize(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "questions.md")));
        foreach (var (file, query) in Files)
        {
            Assert.Equal(Normalize(query), Normalize(File.ReadAllText(Path.Combine(directory, file))));
            Assert.Contains(Normalize(query), docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Q1_findings_in_at_least_two_studies_come_with_their_quotes()
    {
        var documents = await AllAsync();
        var data = await AskAsync(Q1);

        var clusters = data.GetProperty("recurringFindings").Items();
        Assert.NotEmpty(clusters);
        foreach (var cluster in clusters)
        {
            var findings = cluster.GetProperty("findings").Items();
            var studies = findings.Select(f => f.Str("studyId")).Distinct().Order().ToList();
            Assert.True(studies.Count >= 2);
            Assert.Equal(studies.Count, cluster.GetProperty("studyCount").GetInt32());
            Assert.Equal(studies, cluster.GetProperty("studies").Strings("id").Order());
            Assert.NotEmpty(cluster.GetProperty("links").Items());
            Assert.All(cluster.GetProperty("links").Items(), l => Assert.True(l.Str("relation") is "CORROBORATES" or "SIMILAR_TO", l.Str("relation")));
            Assert.True(cluster.GetProperty("polarities").GetArrayLength() <= 1, "a group never mixes supports and threats");
            foreach (var finding in findings.Where(f => f.Str("__typename") == "Theme"))
            {
                var document = documents.Single(d => d.Id == finding.Str("studyId"));
                var local = finding.Str("id")[(document.Id.Length + 1)..];
                Assert.Equal(QuotesOfTheme(document, local), finding.GetProperty("quotes").Strings("id").Order());
                Assert.All(finding.GetProperty("quotes").Items(), q => Assert.False(string.IsNullOrEmpty(q.GetProperty("participant").Str("label"))));
            }
        }

        // Communities of practice recur in all three studies: the second sample's group culture and the synthetic
        // peer community corroborate it; the seed's 7 quotes come with it, the second sample's theme has none.
        var community = Assert.Single(clusters, c => c.GetProperty("findings").Strings("id").Contains($"{SeedId}/communities-of-practice"));
        var ids = community.GetProperty("findings").Strings("id");
        Assert.Contains($"{SecondId}/group-culture", ids);
        Assert.Contains($"{SyntheticId}/peer-community", ids);
        Assert.Equal(3, community.GetProperty("studyCount").GetInt32());
        var findingsById = community.GetProperty("findings").Items().ToDictionary(f => f.Str("id"));
        Assert.Empty(findingsById[$"{SecondId}/group-culture"].GetProperty("quotes").Items());
        Assert.Equal(QuotesOfTheme(documents[0], "communities-of-practice").Count, findingsById[$"{SeedId}/communities-of-practice"].GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public async Task Q2_structural_threats_by_study_with_their_quote_counts()
    {
        var documents = await AllAsync();
        var expected = documents.SelectMany(d => d.Themes
                .Where(t => t.Polarity == "threat" && d.Domains.Single(x => x.Id == t.Domain).Canonical == "structural")
                .Select(t => (Id: Global(d, t.Id), Study: d.Id, Quotes: d.Quotes.Count(q => q.Themes.Contains(t.Id)))))
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expected);

        var themes = (await AskAsync(Q2)).GetProperty("themes");
        Assert.Equal(expected.Count, themes.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            expected,
            themes.GetProperty("nodes").Items()
                .Select(t => (Id: t.Str("id"), Study: t.GetProperty("study").Str("id"), Quotes: t.GetProperty("quotesConnection").GetProperty("totalCount").GetInt32()))
                .OrderBy(t => t.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Q3_participant_51_C_spreads_supports_and_threats_over_the_domains()
    {
        var expected = QuoteCounts(await SeedAsync(), "51-C");
        var total = expected.Values.Sum(c => c.Units);
        Assert.True(expected.Count >= 2, "51-C is quoted in several domains");

        var model = (await AskAsync(Q3)).GetProperty("cogModel");
        Assert.Equal("QUOTES", model.Str("unit"));
        var cogs = model.GetProperty("cogs").Items().ToDictionary(c => c.GetProperty("domain").Str("canonicalDomain"));
        Assert.Equal(expected.Keys.Order(), cogs.Keys.Order());
        foreach (var (domain, count) in expected)
        {
            Assert.Equal(count.Supports, cogs[domain].GetProperty("supports").GetInt32());
            Assert.Equal(count.Threats, cogs[domain].GetProperty("threats").GetInt32());
            Assert.Equal((double)count.Units / total, cogs[domain].GetProperty("salience").GetDouble(), 9);
            Assert.Equal(
                count.Supports > count.Threats ? "POSITIVE" : count.Supports < count.Threats ? "NEGATIVE" : "STILL",
                cogs[domain].Str("direction"));
        }
    }

    [Fact]
    public async Task Q4_participants_with_a_structural_threat_and_a_social_support()
    {
        var expected = (await AllAsync())
            .SelectMany(d => Crossings(d, "structural", "social"))
            .Order()
            .ToList();
        Assert.NotEmpty(expected);

        var crossings = (await AskAsync(Q4)).GetProperty("counterRotatingParticipants").Items();
        Assert.Equal(
            expected,
            crossings.Select(c => (c.GetProperty("participant").Str("id"), c.GetProperty("threatsInThreatDomain").GetInt32(), c.GetProperty("supportsInSupportDomain").GetInt32())).Order());
        var totals = crossings.Select(c => c.GetProperty("threatsInThreatDomain").GetInt32() + c.GetProperty("supportsInSupportDomain").GetInt32()).ToList();
        Assert.Equal(totals.OrderDescending(), totals);

        // Both studies take part: the synthetic study's collective domain is structural, its relational one social.
        Assert.Contains(crossings, c => c.GetProperty("participant").Str("studyId") == SyntheticId);
        Assert.Contains(crossings, c => c.GetProperty("participant").Str("studyId") == SeedId);
    }

    [Fact]
    public async Task Q5_the_evidence_chain_of_an_outcome()
    {
        var documents = await AllAsync();
        var outcomes = documents.SelectMany(d => d.Outcomes.Where(o => o.Description.Contains("strengthened", StringComparison.OrdinalIgnoreCase)).Select(o => (Document: d, Outcome: o))).ToList();
        var (document, outcome) = Assert.Single(outcomes);

        var node = Assert.Single((await AskAsync(Q5)).GetProperty("outcomes").GetProperty("nodes").Items());
        Assert.Equal(Global(document, outcome.Id), node.Str("id"));
        var cmos = node.GetProperty("cmoConfigurations").Items().ToDictionary(c => c.Str("id"));
        var expected = document.CmoConfigurations.Where(c => c.Outcome == outcome.Id).ToList();
        Assert.Equal(expected.Select(c => Global(document, c.Id)).Order(), cmos.Keys.Order());
        Assert.True(expected.Count >= 2);

        var functions = document.Interventions.SelectMany(i => i.Functions).ToDictionary(f => f.Id, f => f.Name);
        var activities = document.Interventions.SelectMany(i => i.Activities).ToDictionary(a => a.Id, a => a.Name);
        foreach (var cmo in expected)
        {
            var chain = cmos[Global(document, cmo.Id)];
            Assert.Equal(document.Contexts.Single(c => c.Id == cmo.Context).Description, chain.GetProperty("context").Str("description"));
            Assert.Equal(document.Mechanisms.Single(m => m.Id == cmo.Mechanism).Name, chain.GetProperty("mechanism").Str("name"));
            Assert.Equal(cmo.Functions.Select(f => functions[f]).Order(), chain.GetProperty("functions").Strings("name").Order());
            Assert.Equal(cmo.Activities.Select(a => activities[a]).Order(), chain.GetProperty("activities").Strings("name").Order());
            Assert.Equal(
                document.Quotes.Where(q => q.CmoConfigurations.Contains(cmo.Id)).Select(q => Global(document, q.Id)).Order(),
                chain.GetProperty("quotes").Strings("id").Order());
        }

        Assert.Contains(cmos.Values, c => c.GetProperty("quotes").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Q6_which_findings_of_one_study_corroborate_or_contradict_another_and_why()
    {
        var second = await SecondAsync();
        const string contradiction = "The institute's year of structured reflection was itself the formal preparation whose absence the seed's educators report.";
        await LinkAsync($"{SecondId}/self-reflection", $"{SeedId}/paucity-of-formal-training", "CONTRADICTS", contradiction);
        await LinkAsync($"{SyntheticId}/uneven-institutional-recognition", $"{SeedId}/leaders-set-the-tone", "CONTRADICTS", "another study's link");

        var links = (await AskAsync(Q6)).GetProperty("findingLinks").Items();
        var expected = second.Links.Where(l => l.Relation is "corroborates" or "contradicts")
            .Select(l => (From: Global(second, l.From), l.To, Relation: l.Relation.ToUpperInvariant(), Rationale: l.Rationale))
            .Append(($"{SecondId}/self-reflection", $"{SeedId}/paucity-of-formal-training", "CONTRADICTS", contradiction))
            .Order()
            .ToList();
        Assert.Equal(3, expected.Count);
        Assert.Equal(
            expected,
            links.Select(l => (l.GetProperty("from").Str("id"), l.GetProperty("to").Str("id"), l.Str("relation"), l.Str("rationale"))).Order());
        Assert.All(links, l => Assert.False(string.IsNullOrWhiteSpace(l.Str("author"))));
    }

    [Fact]
    public async Task Q7_activities_that_enact_forming_empathic_relationships_and_the_outcomes_that_follow()
    {
        var expected = (await AllAsync())
            .SelectMany(d => d.Interventions.SelectMany(i => i.Functions)
                .Where(f => f.Name.Contains("forming empathic relationships", StringComparison.OrdinalIgnoreCase))
                .Select(f => (
                    Id: Global(d, f.Id),
                    Activities: d.Interventions.SelectMany(i => i.Activities).Where(a => a.Functions.Contains(f.Id)).Select(a => a.Name).Order().ToList(),
                    Outcomes: d.CmoConfigurations.Where(c => c.Functions.Contains(f.Id)).Select(c => d.Outcomes.Single(o => o.Id == c.Outcome).Description).Order().ToList())))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        Assert.Equal([$"{SecondId}/fn-forming-empathic-relationships", $"{SyntheticId}/fn-empathic-relationships"], expected.Select(e => e.Id));
        Assert.All(expected, e => Assert.True(e.Activities.Count >= 2 && e.Outcomes.Count >= 1));

        var nodes = (await AskAsync(Q7)).GetProperty("functions").GetProperty("nodes").Items().OrderBy(n => n.Str("id"), StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(e => e.Id), nodes.Select(n => n.Str("id")));
        foreach (var (e, node) in expected.Zip(nodes))
        {
            Assert.Equal(e.Activities, node.GetProperty("activities").Strings("name").Order());
            Assert.Equal(e.Outcomes, node.GetProperty("cmoConfigurations").Items().Select(c => c.GetProperty("outcome").Str("description")).Order());
        }
    }

    [Fact]
    public async Task Q8_findings_of_the_newly_imported_study_that_resemble_existing_ones()
    {
        var second = await SecondAsync();
        var linked = second.Links.Select(l => (Global(second, l.From), l.To)).ToHashSet();

        var suggestions = (await AskAsync(Q8)).GetProperty("suggestedLinks").Items();
        Assert.InRange(suggestions.Count, 3, 10);
        Assert.All(suggestions, s =>
        {
            Assert.StartsWith(SecondId + "/", s.GetProperty("finding").Str("id"), StringComparison.Ordinal);
            Assert.Contains(s.GetProperty("candidate").Str("studyId"), new[] { SeedId, SyntheticId });
            Assert.InRange(s.GetProperty("score").GetDouble(), 0.0, 1.0);
            Assert.NotEmpty(s.GetProperty("matches").Items());
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("explanation").GetString()));
            Assert.NotEmpty(s.GetProperty("terms").Items());
            Assert.DoesNotContain((s.GetProperty("finding").Str("id"), s.GetProperty("candidate").Str("id")), linked);
        });
        var scores = suggestions.Select(s => s.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    private static async Task<StudyDocument[]> AllAsync() => [await SeedAsync(), await SecondAsync(), await SyntheticAsync()];

    /// <summary>Sends one request; fails on errors or when it costs more round trips than its selection depth + 2.</summary>
    private async Task<JsonElement> AskAsync(string query)
    {
        var reply = await Fixture.GraphQLAsync(query);
        if (reply.TryGetProperty("errors", out var errors))
        {
            throw new Xunit.Sdk.XunitException("GraphQL errors: " + errors);
        }

        var budget = Replies.SelectionDepth(query) + 2;
        var roundTrips = Replies.RoundTrips(reply);
        Assert.True(roundTrips <= budget, $"{roundTrips} Cypher round trips; at most {budget} expected");
        Assert.True(roundTrips >= 1);
        return reply.GetProperty("data");
    }

    private Task<JsonElement> LinkAsync(string fromId, string toId, string relation, string rationale) => Fixture.DataAsync(
        """mutation($input: AddLinkInput!) { addLink(input: $input) { id } }""",
        new { input = new { fromId, toId, relation, rationale, author = "PrimerQuestionsIT" } });

    /// <summary>By hand: who has a threat quote in one canonical domain and a support quote in another.</summary>
    private static IEnumerable<(string Participant, int Threats, int Supports)> Crossings(StudyDocument document, string threatIn, string supportIn)
    {
        var themes = document.Themes.ToDictionary(t => t.Id);
        var canonical = document.Domains.ToDictionary(d => d.Id, d => d.Canonical);
        return document.Quotes
            .Where(q => q.Participant is not null)
            .SelectMany(q => q.Themes.Select(t => canonical[themes[t].Domain]).Distinct()
                .Select(domain => (q.Participant, Domain: domain, Polarity: q.Polarity ?? q.Themes.Where(t => canonical[themes[t].Domain] == domain).Select(t => themes[t].Polarity).First())))
            .GroupBy(u => u.Participant!)
            .Select(p => (Global(document, p.Key), p.Count(u => u.Domain == threatIn && u.Polarity == "threat"), p.Count(u => u.Domain == supportIn && u.Polarity == "support")))
            .Where(c => c.Item2 > 0 && c.Item3 > 0);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

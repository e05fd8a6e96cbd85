using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Mutations;

/// <summary>Every entity is created, updated (only given fields; null clears) and deleted over the API.</summary>
public sealed class EntityMutationsIT(RealistGraphFixture fixture) : MutationTest(fixture)
{
    private const string S = Seed;

    public static TheoryData<string, string, string, string, string, string, string> Entities => new()
    {
        {
            "Study", """{id: "new-study", title: "A new study", authors: ["Ann", "Bo"], year: 2024}""", "id title authors year summary",
            """{"id": "new-study", "title": "A new study", "authors": ["Ann", "Bo"], "year": 2024, "summary": null}""",
            """{year: null, summary: "Short."}""",
            """{"id": "new-study", "title": "A new study", "authors": ["Ann", "Bo"], "year": null, "summary": "Short."}""",
            "new-study"
        },
        {
            "Intervention", $$$"""{studyId: "{{{S}}}", id: "new-int", name: "Coaching", description: "Weekly"}""", "id name description studyId",
            $$$"""{"id": "{{{S}}}/new-int", "name": "Coaching", "description": "Weekly", "studyId": "{{{S}}}"}""",
            """{description: null}""",
            $$$"""{"id": "{{{S}}}/new-int", "name": "Coaching", "description": null, "studyId": "{{{S}}}"}""",
            $"{S}/new-int"
        },
        {
            "Function", $$$"""{studyId: "{{{S}}}", id: "fn-new", interventionId: "{{{S}}}/local-teaching-academy", name: "Connecting"}""", "id name intervention { id }",
            $$$"""{"id": "{{{S}}}/fn-new", "name": "Connecting", "intervention": {"id": "{{{S}}}/local-teaching-academy"}}""",
            $$$"""{interventionId: "{{{S}}}/conference-resources", name: "Linking"}""",
            $$$"""{"id": "{{{S}}}/fn-new", "name": "Linking", "intervention": {"id": "{{{S}}}/conference-resources"}}""",
            $"{S}/fn-new"
        },
        {
            "Activity", $$$"""{studyId: "{{{S}}}", id: "act-new", interventionId: "{{{S}}}/local-teaching-academy", name: "Retreat", description: "Yearly"}""", "id name description intervention { id }",
            $$$"""{"id": "{{{S}}}/act-new", "name": "Retreat", "description": "Yearly", "intervention": {"id": "{{{S}}}/local-teaching-academy"}}""",
            $$$"""{interventionId: "{{{S}}}/conference-resources", description: null}""",
            $$$"""{"id": "{{{S}}}/act-new", "name": "Retreat", "description": null, "intervention": {"id": "{{{S}}}/conference-resources"}}""",
            $"{S}/act-new"
        },
        {
            "Domain", $$$"""{studyId: "{{{S}}}", id: "cultural", name: "Cultural", canonicalDomain: "cultural"}""", "id name canonicalDomain description",
            $$$"""{"id": "{{{S}}}/cultural", "name": "Cultural", "canonicalDomain": "cultural", "description": null}""",
            """{canonicalDomain: "societal", description: "Norms."}""",
            $$$"""{"id": "{{{S}}}/cultural", "name": "Cultural", "canonicalDomain": "societal", "description": "Norms."}""",
            $"{S}/cultural"
        },
        {
            "Theme", $$$"""{studyId: "{{{S}}}", id: "new-theme", domainId: "{{{S}}}/personal", code: "9.9", name: "Grit", polarity: SUPPORT}""", "id code name polarity summary domain { id } parent { id }",
            $$$"""{"id": "{{{S}}}/new-theme", "code": "9.9", "name": "Grit", "polarity": "SUPPORT", "summary": null, "domain": {"id": "{{{S}}}/personal"}, "parent": null}""",
            $$$"""{domainId: "{{{S}}}/social", polarity: THREAT, code: null, parentThemeId: "{{{S}}}/imposter-syndrome"}""",
            $$$"""{"id": "{{{S}}}/new-theme", "code": null, "name": "Grit", "polarity": "THREAT", "summary": null, "domain": {"id": "{{{S}}}/social"}, "parent": {"id": "{{{S}}}/imposter-syndrome"}}""",
            $"{S}/new-theme"
        },
        {
            "Participant", $$$"""{studyId: "{{{S}}}", id: "99-Z", label: "99-Z", site: "Z", attributes: [{name: "role", value: "faculty"}]}""", "id label site attributes { name value }",
            $$$"""{"id": "{{{S}}}/99-Z", "label": "99-Z", "site": "Z", "attributes": [{"name": "role", "value": "faculty"}]}""",
            """{site: null, attributes: []}""",
            $$$"""{"id": "{{{S}}}/99-Z", "label": "99-Z", "site": null, "attributes": []}""",
            $"{S}/99-Z"
        },
        {
            "Quote", $$$"""{studyId: "{{{S}}}", id: "q99", participantId: "{{{S}}}/96-F", text: "I teach.", polarity: THREAT}""", "id text polarity location participant { id }",
            $$$"""{"id": "{{{S}}}/q99", "text": "I teach.", "polarity": "THREAT", "location": null, "participant": {"id": "{{{S}}}/96-F"}}""",
            """{participantId: null, polarity: null, location: "p. 3"}""",
            $$$"""{"id": "{{{S}}}/q99", "text": "I teach.", "polarity": null, "location": "p. 3", "participant": null}""",
            $"{S}/q99"
        },
        {
            "Context", $$$"""{studyId: "{{{S}}}", id: "ctx-new", description: "Small school"}""", "id description",
            $$$"""{"id": "{{{S}}}/ctx-new", "description": "Small school"}""",
            """{description: "Large school"}""",
            $$$"""{"id": "{{{S}}}/ctx-new", "description": "Large school"}""",
            $"{S}/ctx-new"
        },
        {
            "Mechanism", $$$"""{studyId: "{{{S}}}", id: "mech-new", name: "Pride", resource: "Awards"}""", "id name resource reasoning",
            $$$"""{"id": "{{{S}}}/mech-new", "name": "Pride", "resource": "Awards", "reasoning": null}""",
            """{resource: null, reasoning: "Feel seen"}""",
            $$$"""{"id": "{{{S}}}/mech-new", "name": "Pride", "resource": null, "reasoning": "Feel seen"}""",
            $"{S}/mech-new"
        },
        {
            "Outcome", $$$"""{studyId: "{{{S}}}", id: "out-new", description: "Retention", valence: POSITIVE}""", "id description valence",
            $$$"""{"id": "{{{S}}}/out-new", "description": "Retention", "valence": "POSITIVE"}""",
            """{valence: MIXED}""",
            $$$"""{"id": "{{{S}}}/out-new", "description": "Retention", "valence": "MIXED"}""",
            $"{S}/out-new"
        },
        {
            "CmoConfiguration",
            $$$"""{studyId: "{{{S}}}", id: "cmo-new", statement: "C M O", confidence: HIGH, contextId: "{{{S}}}/ctx-untrained-for-teaching", mechanismId: "{{{S}}}/mech-imposter-doubt", outcomeId: "{{{S}}}/out-weakened-educator-identity"}""",
            "id statement confidence context { id } mechanism { id } outcome { id }",
            $$$"""{"id": "{{{S}}}/cmo-new", "statement": "C M O", "confidence": "HIGH", "context": {"id": "{{{S}}}/ctx-untrained-for-teaching"}, "mechanism": {"id": "{{{S}}}/mech-imposter-doubt"}, "outcome": {"id": "{{{S}}}/out-weakened-educator-identity"}}""",
            $$$"""{confidence: null, mechanismId: null, outcomeId: "{{{S}}}/out-insecure-and-undervalued"}""",
            $$$"""{"id": "{{{S}}}/cmo-new", "statement": "C M O", "confidence": null, "context": {"id": "{{{S}}}/ctx-untrained-for-teaching"}, "mechanism": null, "outcome": {"id": "{{{S}}}/out-insecure-and-undervalued"}}""",
            $"{S}/cmo-new"
        },
        {
            "DomainInteraction", $$$"""{studyId: "{{{S}}}", id: "int-new", fromDomainId: "{{{S}}}/personal", toDomainId: "{{{S}}}/social", kind: REINFORCING, description: "Both"}""", "id kind description from { id } to { id }",
            $$$"""{"id": "{{{S}}}/int-new", "kind": "REINFORCING", "description": "Both", "from": {"id": "{{{S}}}/personal"}, "to": {"id": "{{{S}}}/social"}}""",
            $$$"""{toDomainId: "{{{S}}}/structural", kind: COUNTERING}""",
            $$$"""{"id": "{{{S}}}/int-new", "kind": "COUNTERING", "description": "Both", "from": {"id": "{{{S}}}/personal"}, "to": {"id": "{{{S}}}/structural"}}""",
            $"{S}/int-new"
        },
    };

    [Theory]
    [MemberData(nameof(Entities))]
    public async Task Create_update_and_delete(string type, string create, string selection, string created, string update, string updated, string id)
    {
        var data = await Fixture.DataAsync($$$"""mutation { created: create{{{type}}}(input: {{{create}}}) { {{{selection}}} } }""");
        AssertJson(created, data.GetProperty("created"));

        data = await Fixture.DataAsync($$$"""mutation { updated: update{{{type}}}(id: "{{{id}}}", input: {{{update}}}) { {{{selection}}} } }""");
        AssertJson(updated, data.GetProperty("updated"));

        data = await Fixture.DataAsync($$$"""mutation { deleted: delete{{{type}}}(id: "{{{id}}}") { id kind removedNodes clearedReferences } }""");
        AssertJson($$$"""{"id": "{{{id}}}", "kind": "{{{type}}}", "removedNodes": 1, "clearedReferences": []}""", data.GetProperty("deleted"));

        var (code, message) = await ErrorAsync($$$"""mutation { update{{{type}}}(id: "{{{id}}}", input: {}) { id } }""");
        Assert.Equal("NOT_FOUND", code);
        Assert.StartsWith($"id: no ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inputs_work_through_variables_where_a_null_clears_and_an_absent_field_stays()
    {
        const string Update = """
            mutation Update($id: ID!, $input: UpdateQuoteInput!) { updateQuote(id: $id, input: $input) { id text location participant { id } } }
            """;
        var data = await Fixture.DataAsync(Update, new
        {
            id = "brooks-2023-bsme/q01",
            input = new Dictionary<string, object?> { ["location"] = "Results, first quote", ["participantId"] = null },
        });
        var quote = data.GetProperty("updateQuote");
        Assert.Equal("Results, first quote", quote.GetProperty("location").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, quote.GetProperty("participant").ValueKind);
        Assert.StartsWith("I start[ed] as a researcher", quote.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}

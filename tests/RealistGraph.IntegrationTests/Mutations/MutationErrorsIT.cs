using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Mutations;

/// <summary>
/// Refused mutations: each error carries its kind in extensions.code and names the field in its message, and the
/// study is exactly as before (its exported document is unchanged).
/// </summary>
public sealed class MutationErrorsIT(RealistGraphFixture fixture) : MutationTest(fixture)
{
    private const string Other = "synthetic-peer-mentoring";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.ImportAsync(RepositoryPaths.SyntheticStudy);
    }

    private static string CreateTheme(string fields) =>
        $$$"""mutation { createTheme(input: {studyId: "brooks-2023-bsme", {{{fields}}}}) { id } }""";

    [Fact]
    public Task A_malformed_local_id_is_a_validation_error_on_input_id() =>
        AssertRefusedAsync(
            CreateTheme("""id: "Grit Theme", domainId: "brooks-2023-bsme/personal", name: "Grit", polarity: SUPPORT"""),
            "VALIDATION", "input.id: 'Grit Theme' is not a valid id: must match ^[a-z0-9][a-z0-9._-]*$ (lower-case letters, digits, '.', '_', '-')");

    [Fact]
    public async Task Participant_ids_may_use_upper_case_but_not_start_with_a_dash()
    {
        await AssertRefusedAsync(
            """mutation { createParticipant(input: {studyId: "brooks-2023-bsme", id: "-7F", label: "7-F"}) { id } }""",
            "VALIDATION", "input.id: '-7F' is not a valid id: must match ^[A-Za-z0-9][A-Za-z0-9._-]*$ (letters, digits, '.', '_', '-')");
        var data = await Fixture.DataAsync("""mutation { createParticipant(input: {studyId: "brooks-2023-bsme", id: "7-F", label: "7-F"}) { id } }""");
        AssertJson("""{"id": "brooks-2023-bsme/7-F"}""", data.GetProperty("createParticipant"));
    }

    [Fact]
    public Task A_blank_required_field_is_a_validation_error_naming_it() =>
        AssertRefusedAsync(
            CreateTheme("""id: "grit", domainId: "brooks-2023-bsme/personal", name: "  ", polarity: SUPPORT"""),
            "VALIDATION", "input.name: must not be empty");

    [Fact]
    public Task An_update_cannot_clear_a_required_field() =>
        AssertRefusedAsync(
            """mutation { updateTheme(id: "brooks-2023-bsme/imposter-syndrome", input: {summary: "kept?", name: null}) { id } }""",
            "VALIDATION", "input.name: is required and cannot be null");

    [Fact]
    public Task An_update_cannot_clear_a_required_reference() =>
        AssertRefusedAsync(
            """mutation { updateTheme(id: "brooks-2023-bsme/imposter-syndrome", input: {domainId: null}) { id } }""",
            "VALIDATION", "input.domainId: is required and cannot be null");

    [Fact]
    public Task A_negative_number_is_a_validation_error() =>
        AssertRefusedAsync(
            """mutation { updateStudy(id: "brooks-2023-bsme", input: {sampleSize: -1}) { id } }""",
            "VALIDATION", "input.sampleSize: must not be negative");

    [Fact]
    public Task An_attribute_given_twice_is_a_validation_error() =>
        AssertRefusedAsync(
            """mutation { updateParticipant(id: "brooks-2023-bsme/96-F", input: {attributes: [{name: "role", value: "a"}, {name: "role", value: "b"}]}) { id } }""",
            "VALIDATION", "input.attributes[1].name: 'role' is given twice");

    [Fact]
    public Task A_missing_study_is_not_found_on_input_study_id() =>
        AssertRefusedAsync(
            """mutation { createContext(input: {studyId: "no-such-study", id: "ctx", description: "x"}) { id } }""",
            "NOT_FOUND", "input.studyId: no study 'no-such-study'");

    [Fact]
    public Task A_missing_reference_is_not_found_naming_the_argument() =>
        AssertRefusedAsync(
            CreateTheme("""id: "grit", domainId: "brooks-2023-bsme/emotional", name: "Grit", polarity: SUPPORT"""),
            "NOT_FOUND", "input.domainId: no domain 'brooks-2023-bsme/emotional'");

    [Fact]
    public Task A_reference_to_a_node_of_another_kind_is_not_found() =>
        AssertRefusedAsync(
            CreateTheme("""id: "grit", domainId: "brooks-2023-bsme/imposter-syndrome", name: "Grit", polarity: SUPPORT"""),
            "NOT_FOUND", "input.domainId: no domain 'brooks-2023-bsme/imposter-syndrome'");

    [Fact]
    public Task A_reference_into_another_study_is_a_validation_error() =>
        AssertRefusedAsync(
            CreateTheme($"""id: "grit", domainId: "{Other}/individual", name: "Grit", polarity: SUPPORT"""),
            "VALIDATION", $"input.domainId: domain '{Other}/individual' belongs to study '{Other}', not to 'brooks-2023-bsme'");

    [Fact]
    public Task Moving_a_quote_to_a_participant_of_another_study_is_a_validation_error() =>
        AssertRefusedAsync(
            $$$"""mutation { updateQuote(id: "brooks-2023-bsme/q01", input: {participantId: "{{{Other}}}/P01"}) { id } }""",
            "VALIDATION", $"input.participantId: participant '{Other}/P01' belongs to study '{Other}', not to 'brooks-2023-bsme'");

    [Fact]
    public Task Updating_a_missing_node_is_not_found_on_id() =>
        AssertRefusedAsync(
            """mutation { updateMechanism(id: "brooks-2023-bsme/mech-nothing", input: {name: "x"}) { id } }""",
            "NOT_FOUND", "id: no mechanism 'brooks-2023-bsme/mech-nothing'");

    [Fact]
    public Task Deleting_a_missing_node_is_not_found_on_id() =>
        AssertRefusedAsync(
            """mutation { deleteQuote(id: "brooks-2023-bsme/q999") { id } }""",
            "NOT_FOUND", "id: no quote 'brooks-2023-bsme/q999'");

    [Fact]
    public Task A_duplicate_id_is_a_conflict() =>
        AssertRefusedAsync(
            CreateTheme("""id: "imposter-syndrome", domainId: "brooks-2023-bsme/personal", name: "Again", polarity: THREAT"""),
            "CONFLICT", "input.id: 'brooks-2023-bsme/imposter-syndrome' is already in use by a Theme of the study");

    [Fact]
    public Task Findings_share_one_id_space_so_a_mechanism_cannot_take_a_theme_id() =>
        AssertRefusedAsync(
            """mutation { createMechanism(input: {studyId: "brooks-2023-bsme", id: "imposter-syndrome", name: "Doubt"}) { id } }""",
            "CONFLICT", "input.id: 'brooks-2023-bsme/imposter-syndrome' is already in use by a Theme of the study");

    [Fact]
    public Task Ids_are_unique_across_all_kinds_of_a_study_as_in_its_document() =>
        AssertRefusedAsync(
            """mutation { createOutcome(input: {studyId: "brooks-2023-bsme", id: "ctx-untrained-for-teaching", description: "x", valence: MIXED}) { id } }""",
            "CONFLICT", "input.id: 'brooks-2023-bsme/ctx-untrained-for-teaching' is already in use by a Context of the study");

    [Fact]
    public Task A_duplicate_study_id_is_a_conflict() =>
        AssertRefusedAsync(
            """mutation { createStudy(input: {id: "brooks-2023-bsme", title: "Again"}) { id } }""",
            "CONFLICT", "input.id: a study 'brooks-2023-bsme' already exists");

    [Fact]
    public async Task Deleting_a_domain_that_still_has_themes_is_a_conflict()
    {
        var before = await SnapshotAsync();
        var (code, message) = await ErrorAsync("""mutation { deleteDomain(id: "brooks-2023-bsme/personal") { id } }""");
        Assert.Equal("CONFLICT", code);
        Assert.StartsWith("id: domain 'brooks-2023-bsme/personal' is still required by 3 node(s) ('brooks-2023-bsme/", message, StringComparison.Ordinal);
        Assert.EndsWith("); delete them or point them elsewhere first", message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Deleting_an_intervention_that_still_has_functions_is_a_conflict()
    {
        var before = await SnapshotAsync();
        var (code, message) = await ErrorAsync("""mutation { deleteIntervention(id: "brooks-2023-bsme/local-teaching-academy") { id } }""");
        Assert.Equal("CONFLICT", code);
        Assert.StartsWith("id: intervention 'brooks-2023-bsme/local-teaching-academy' is still required by 4 node(s)", message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_theme_cannot_become_its_own_ancestor()
    {
        await Fixture.DataAsync("""
            mutation { createTheme(input: {studyId: "brooks-2023-bsme", id: "doubt-at-work", domainId: "brooks-2023-bsme/personal",
                                           parentThemeId: "brooks-2023-bsme/imposter-syndrome", name: "Doubt at work", polarity: THREAT}) { id } }
            """);
        await AssertRefusedAsync(
            """mutation { updateTheme(id: "brooks-2023-bsme/imposter-syndrome", input: {parentThemeId: "brooks-2023-bsme/doubt-at-work"}) { id } }""",
            "VALIDATION", "input.parentThemeId: theme 'brooks-2023-bsme/doubt-at-work' cannot be the parent of 'brooks-2023-bsme/imposter-syndrome': that would make a cycle");
        await AssertRefusedAsync(
            """mutation { updateTheme(id: "brooks-2023-bsme/imposter-syndrome", input: {parentThemeId: "brooks-2023-bsme/imposter-syndrome"}) { id } }""",
            "VALIDATION", "input.parentThemeId: theme 'brooks-2023-bsme/imposter-syndrome' cannot be the parent of 'brooks-2023-bsme/imposter-syndrome': that would make a cycle");
    }

    [Fact]
    public Task Connecting_across_studies_is_a_validation_error() =>
        AssertRefusedAsync(
            $$$"""mutation { connectEvidence(quoteId: "brooks-2023-bsme/q01", targetId: "{{{Other}}}/peer-community") { id } }""",
            "VALIDATION", $"targetId: theme '{Other}/peer-community' belongs to study '{Other}', the quote to study 'brooks-2023-bsme'");

    [Fact]
    public Task Connecting_to_a_node_of_a_kind_the_relationship_does_not_allow_is_not_found() =>
        AssertRefusedAsync(
            """mutation { connectEvidence(quoteId: "brooks-2023-bsme/q01", targetId: "brooks-2023-bsme/personal") { id } }""",
            "NOT_FOUND", "targetId: no theme, mechanism, CMO configuration, function or activity 'brooks-2023-bsme/personal'");

    [Fact]
    public Task Connecting_from_a_missing_node_is_not_found_on_its_argument() =>
        AssertRefusedAsync(
            """mutation { connectEnactment(functionId: "brooks-2023-bsme/fn-none", activityId: "brooks-2023-bsme/act-academy-membership") { id } }""",
            "NOT_FOUND", "functionId: no function 'brooks-2023-bsme/fn-none'");
}

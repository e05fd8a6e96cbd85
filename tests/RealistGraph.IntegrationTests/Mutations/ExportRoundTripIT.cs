using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Mutations;

/// <summary>A study changed through mutations still exports to a valid document that re-imports to the same study.</summary>
public sealed class ExportRoundTripIT(RealistGraphFixture fixture) : MutationTest(fixture)
{
    [Fact]
    public async Task A_study_built_by_mutations_exports_and_reimports_unchanged()
    {
        await Fixture.DataAsync("""
            mutation {
              s: createStudy(input: {id: "new-study", title: "Built by hand", authors: ["Ann"], year: 2025}) { id }
              i: createIntervention(input: {studyId: "new-study", id: "mentoring", name: "Mentoring"}) { id }
              f: createFunction(input: {studyId: "new-study", id: "fn-connect", interventionId: "new-study/mentoring", name: "Connecting"}) { id }
              a: createActivity(input: {studyId: "new-study", id: "act-meet", interventionId: "new-study/mentoring", name: "Meeting"}) { id }
              d1: createDomain(input: {studyId: "new-study", id: "individual", name: "Individual", canonicalDomain: "personal"}) { id }
              d2: createDomain(input: {studyId: "new-study", id: "collective", name: "Collective", canonicalDomain: "structural"}) { id }
              t1: createTheme(input: {studyId: "new-study", id: "belonging", domainId: "new-study/individual", name: "Belonging", polarity: SUPPORT}) { id }
              t2: createTheme(input: {studyId: "new-study", id: "being-seen", domainId: "new-study/individual", parentThemeId: "new-study/belonging", name: "Being seen", polarity: SUPPORT}) { id }
              p: createParticipant(input: {studyId: "new-study", id: "P1", label: "P1", attributes: [{name: "role", value: "faculty"}]}) { id }
              q: createQuote(input: {studyId: "new-study", id: "q1", participantId: "new-study/P1", text: "I belong here."}) { id }
              c: createContext(input: {studyId: "new-study", id: "ctx", description: "A small department"}) { id }
              m: createMechanism(input: {studyId: "new-study", id: "mech", name: "Recognition"}) { id }
              o: createOutcome(input: {studyId: "new-study", id: "out", description: "Stronger identity", valence: POSITIVE}) { id }
              cmo: createCmoConfiguration(input: {studyId: "new-study", id: "cmo", statement: "Recognition in small departments", contextId: "new-study/ctx",
                                                  mechanismId: "new-study/mech", outcomeId: "new-study/out", confidence: MODERATE}) { id }
              di: createDomainInteraction(input: {studyId: "new-study", id: "di", fromDomainId: "new-study/collective", toDomainId: "new-study/individual",
                                                  kind: COUNTERING, description: "Structures push back"}) { id }
              e1: connectEvidence(quoteId: "new-study/q1", targetId: "new-study/belonging") { id }
              e2: connectEvidence(quoteId: "new-study/q1", targetId: "new-study/cmo") { id }
              e3: connectEvidence(quoteId: "new-study/q1", targetId: "new-study/mech") { id }
              v1: connectInvolvement(cmoConfigurationId: "new-study/cmo", targetId: "new-study/belonging") { id }
              v2: connectInvolvement(cmoConfigurationId: "new-study/cmo", targetId: "new-study/fn-connect") { id }
              n: connectEnactment(functionId: "new-study/fn-connect", activityId: "new-study/act-meet") { id }
            }
            """);
        var exported = await SnapshotAsync("new-study");

        var outcome = await Fixture.Importer.ImportTextAsync(exported);

        Assert.Equal("new-study", outcome.StudyId);
        Assert.Equal(exported, await SnapshotAsync("new-study"));
        Assert.Contains("parent: belonging", exported, StringComparison.Ordinal);
        Assert.Contains("participant: P1", exported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_study_after_edits_exports_and_reimports_unchanged()
    {
        await Fixture.DataAsync("""
            mutation {
              a: updateTheme(id: "brooks-2023-bsme/imposter-syndrome", input: {domainId: "brooks-2023-bsme/social", summary: "Edited."}) { id }
              b: deleteParticipant(id: "brooks-2023-bsme/96-F") { id }
              c: deleteMechanism(id: "brooks-2023-bsme/mech-imposter-doubt") { id }
              d: connectEvidence(quoteId: "brooks-2023-bsme/q02", targetId: "brooks-2023-bsme/imposter-syndrome") { id }
            }
            """);
        var exported = await SnapshotAsync();
        await Fixture.Importer.ImportTextAsync(exported);
        Assert.Equal(exported, await SnapshotAsync());
    }
}

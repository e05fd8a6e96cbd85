using System.Text.Json;
using RealistGraph.IntegrationTests.Analysis;

namespace RealistGraph.IntegrationTests.Suggestions;

/// <summary>The GraphQL of link suggestions, as the tests ask it.</summary>
public static class SuggestionQueries
{
    public const string AnyFinding = """
        __typename
        ... on Theme { id studyId } ... on Mechanism { id studyId } ... on Context { id studyId } ... on Outcome { id studyId }
        ... on CmoConfiguration { id studyId } ... on Intervention { id studyId } ... on Function { id studyId } ... on Activity { id studyId }
        """;

    public const string ForFinding = $$"""
        query($finding: ID!, $top: Int, $kinds: [FindingKind!], $minScore: Float, $contradictions: Boolean) {
          suggestedLinks(findingId: $finding, top: $top, kinds: $kinds, minScore: $minScore, includeContradictions: $contradictions) {
            id score terms explanation opposite
            finding { {{AnyFinding}} }
            candidate { {{AnyFinding}} }
            matches { field term stem passage findingField findingPassage weight }
          }
        }
        """;

    public const string ForStudy = $$"""
        query($study: ID!, $top: Int) {
          suggestedLinks(studyId: $study, top: $top) { id score finding { {{AnyFinding}} } candidate { {{AnyFinding}} } }
        }
        """;

    public static (string FindingId, string CandidateId) Pair(JsonElement s) =>
        (s.GetProperty("finding").Str("id"), s.GetProperty("candidate").Str("id"));

    public static List<string> Candidates(IEnumerable<JsonElement> suggestions) =>
        suggestions.Select(s => s.GetProperty("candidate").Str("id")).ToList();
}

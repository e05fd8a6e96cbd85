using RealistGraph.Domain.Search;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using RealistGraph.Neo4j.Reading;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Search;

namespace RealistGraph.Neo4j.Search;

/// <summary>The search's candidates, and the study ids asked for that name no stored study (empty when none were given).</summary>
public sealed record SearchCandidates(IReadOnlyList<SearchCandidate> Candidates, IReadOnlyList<string> UnknownStudyIds);

/// <summary>
/// Finds the study parts of the given kinds whose texts contain every search word (case-insensitive CONTAINS; Neo4j
/// 3.1 has no full-text index), in the named studies (an index seek) or in all of them (a label scan). The database
/// orders them roughly and returns at most <c>candidates</c>; <see cref="SearchRanking"/> scores them. Named studies
/// are looked up in the same request, so that an unknown one can be reported rather than match nothing.
/// </summary>
public sealed class TextSearchReader(IGraphDatabase database)
{
    public async Task<SearchCandidates> CandidatesAsync(
        SearchTerms terms, IReadOnlyCollection<string> kinds, IReadOnlyCollection<string>? studyIds, int candidates,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var query = studyIds is null ? Q.Everywhere : Q.InStudies;
        var parameters = new Dictionary<string, object?>
        {
            ["phrase"] = terms.Phrase, ["words"] = terms.Words, ["kinds"] = kinds, ["candidates"] = candidates,
        };
        var statements = new List<CypherStatement>();
        if (studyIds is not null)
        {
            parameters["studyIds"] = studyIds;
            statements.Add(StudyIdCheck.Statement(studyIds));
        }

        statements.Add(QueryCatalog.Embedded.Statement(query, parameters));
        CypherRoundTrips.RecordRead(query, true);
        var results = await database.RunAsync(statements, cancellationToken);
        var found = results[^1].Records
            .Select(r => new SearchCandidate(
                r.GetString("kind"), r.GetString("id"), r.GetNullableString("name"), r.GetNullableString("summary"), r.GetNullableString("text")))
            .ToList();
        return new SearchCandidates(found, studyIds is null ? [] : StudyIdCheck.Unknown(studyIds, results[0]));
    }
}

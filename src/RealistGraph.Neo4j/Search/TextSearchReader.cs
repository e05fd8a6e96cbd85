using RealistGraph.Domain.Search;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Search;

namespace RealistGraph.Neo4j.Search;

/// <summary>
/// Finds the study parts of the given kinds whose texts contain every search word (case-insensitive CONTAINS; Neo4j
/// 3.1 has no full-text index), in the named studies (an index seek) or in all of them (a label scan). The database
/// orders them roughly and returns at most <c>candidates</c>; <see cref="SearchRanking"/> scores them.
/// </summary>
public sealed class TextSearchReader(IGraphDatabase database)
{
    public async Task<IReadOnlyList<SearchCandidate>> CandidatesAsync(
        SearchTerms terms, IReadOnlyCollection<string> kinds, IReadOnlyCollection<string>? studyIds, int candidates,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var query = studyIds is null ? Q.Everywhere : Q.InStudies;
        var parameters = new Dictionary<string, object?>
        {
            ["phrase"] = terms.Phrase, ["words"] = terms.Words, ["kinds"] = kinds, ["candidates"] = candidates,
        };
        if (studyIds is not null)
        {
            parameters["studyIds"] = studyIds;
        }

        CypherRoundTrips.RecordRead(query, true);
        var result = await database.RunAsync(QueryCatalog.Embedded.Statement(query, parameters), cancellationToken);
        return result.Records
            .Select(r => new SearchCandidate(
                r.GetString("kind"), r.GetString("id"), r.GetNullableString("name"), r.GetNullableString("summary"), r.GetNullableString("text")))
            .ToList();
    }
}

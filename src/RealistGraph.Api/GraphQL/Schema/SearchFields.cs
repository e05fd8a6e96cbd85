using GraphQL;
using GraphQL.Types;
using RealistGraph.Api.GraphQL.Types.Analysis;
using RealistGraph.Api.GraphQL.Types.Search;
using RealistGraph.Domain.Errors;
using RealistGraph.Domain.Model;
using RealistGraph.Domain.Search;
using RealistGraph.Neo4j.Search;

namespace RealistGraph.Api.GraphQL.Schema;

/// <summary>
/// <c>search</c>: every finding kind and the quotes, by words, ranked. The database finds the records that contain
/// every word (a CONTAINS scan of the studies in scope, cut at <see cref="Candidates"/> roughly ranked rows);
/// <see cref="SearchRanking"/> scores and highlights them.
/// </summary>
public static class SearchFields
{
    public const int MaxFirst = 100;
    public const int Candidates = 500;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description(
                "Findings of every kind and quotes whose texts contain every word of `text` (any case), best first: a match in a name " +
                "above one in a summary above one in a quote, the whole phrase above scattered words. Each hit marks where it matched.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"What to look for: {SearchTerms.MinLength} to {SearchTerms.MaxLength} characters, at most {SearchTerms.MaxWords} words.")
            .Argument<ListGraphType<NonNullGraphType<FindingKindType>>>("kinds", "Which kinds of finding (default: all).")
            .Argument<BooleanGraphType>("quotes", "Whether quotes are searched too (default: yes when `kinds` is not given, no when it is).")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("studyIds", "Only in these studies (default: all). An unknown id is a NOT_FOUND error.")
            .Argument<IntGraphType>("first", $"How many hits (1 to {MaxFirst}).", a => a.DefaultValue = 20)
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int>("first");
                if (first is < 1 or > MaxFirst)
                {
                    throw RequestException.Invalid("first", $"must be between 1 and {MaxFirst}, was {first}.");
                }

                var terms = SearchTerms.Parse(c.GetArgument<string>("text"));
                var findingKinds = c.GetArgument<List<FindingKind>?>("kinds");
                var kinds = findingKinds?.Select(k => SearchKinds.OfFindingKind(k.ToString())).Distinct().ToList() ?? [.. SearchKinds.Findings];
                if (c.GetArgument<bool?>("quotes") ?? findingKinds is null)
                {
                    kinds.Add(SearchKinds.Quote);
                }

                var studyIds = c.GetArgument<List<string>?>("studyIds");
                var reader = c.RequestServices!.GetRequiredService<TextSearchReader>();
                var found = await reader.CandidatesAsync(terms, kinds, studyIds, Candidates, c.CancellationToken);
                return found.UnknownStudyIds.Count > 0
                    ? throw RequestException.NoStudy("studyIds", found.UnknownStudyIds)
                    : SearchRanking.Rank(terms, found.Candidates, first);
            });
    }
}

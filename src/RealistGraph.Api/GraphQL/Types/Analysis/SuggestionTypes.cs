using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Application.Analysis;
using RealistGraph.Application.Analysis.Suggestions;
using RealistGraph.Domain.Similarity;
using RealistGraph.Neo4j.Suggestions;

namespace RealistGraph.Api.GraphQL.Types.Analysis;

public sealed class LinkSuggestionType : ObjectGraphType<LinkSuggestion>
{
    public LinkSuggestionType()
    {
        Name = "LinkSuggestion";
        Description = "A candidate link, never stored: two findings of different studies that read alike. Accept it with acceptSuggestion, or reject it with rejectSuggestion so it is not suggested again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The pair: the finding's id and the candidate's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<FindingType>>("finding").Description("The finding asked about (of the study, or the one given).")
            .Resolve(c => c.Loaders().Node(SuggestionNodes.AnyFinding, c.Source.FindingId));
        Field<NonNullGraphType<FindingType>>("candidate").Description("The finding of another study that reads like it.")
            .Resolve(c => c.Loaders().Node(SuggestionNodes.AnyFinding, c.Source.CandidateId));
        Field(s => s.Score).Description("Lucene's score of the candidate for the finding's words, as a share of the finding's score against itself (0 to 1).");
        Field(s => s.Terms).Description("The words they share, as the candidate writes them, the weightiest first.");
        Field(s => s.Explanation).Description("The suggestion in words: the shared words, where they are, and how strong it is.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestionMatchType>>>>("matches")
            .Description("Each shared word in each part of the candidate, with the passages, the weightiest first.").Resolve(c => c.Source.Matches);
        Field(s => s.Opposite).Description("One is a support and the other a threat (only with includeContradictions): a candidate for CONTRADICTS.");
    }
}

public sealed class SuggestionMatchType : ObjectGraphType<SuggestionMatch>
{
    public SuggestionMatchType()
    {
        Name = "SuggestionMatch";
        Description = "One word the two findings share: where it stands in the candidate and in the finding, and its share of the score.";
        Field<NonNullGraphType<SuggestionFieldType>>("field").Description("The part of the candidate it matched in.").Resolve(c => c.Source.Field);
        Field(m => m.Term).Description("The word as the candidate writes it.");
        Field(m => m.Stem).Description("The form both reduce to in Lucene's English analysis (lower case, Porter stem).");
        Field(m => m.Passage).Description("The candidate's sentence (or part of it) with the word.");
        Field<NonNullGraphType<SuggestionFieldType>>("findingField").Description("The part of the finding the word comes from (its weightiest).").Resolve(c => c.Source.FindingField);
        Field(m => m.FindingPassage).Description("The finding's sentence (or part of it) with the word.");
        Field(m => m.Weight).Description("Its share of the candidate's score (the matches of a suggestion add up to 1).");
    }
}

public sealed class SuggestionFieldType : EnumerationGraphType<SuggestionField>
{
    public SuggestionFieldType()
    {
        Name = "SuggestionField";
        Description = "The parts of a finding that suggestions compare, weighted in this order: NAME (3), SUMMARY (2: summary, description, resource, reasoning or statement), QUOTES (1).";
    }
}

public sealed class SuggestionRejectionType : ObjectGraphType<SuggestionRejection>
{
    public SuggestionRejectionType()
    {
        Name = "SuggestionRejection";
        Description = "A suggested link someone turned down; the pair is not suggested again, either way round.";
        Field<NonNullGraphType<IdGraphType>>("fromId").Description("The finding the suggestion was for.").Resolve(c => c.Source.FromId);
        Field<NonNullGraphType<IdGraphType>>("toId").Description("The candidate that was turned down.").Resolve(c => c.Source.ToId);
        Field(r => r.Reason).Description("Why the suggestion is wrong.");
        Field(r => r.Author).Description("Who rejected it.");
        Field(r => r.RejectedAt).Description("When.");
    }
}

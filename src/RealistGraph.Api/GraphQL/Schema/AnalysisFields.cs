using GraphQL;
using GraphQL.Types;
using RealistGraph.Api.GraphQL.Types;
using RealistGraph.Api.GraphQL.Types.Analysis;
using RealistGraph.Application.Analysis;
using RealistGraph.Application.Links;
using RealistGraph.Application.Studies;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Links;

namespace RealistGraph.Api.GraphQL.Schema;

/// <summary>The root fields of the analyses across studies: cogs, links, recurring findings, suggested links.</summary>
public static class AnalysisFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CogModelType>>("cogModel")
            .Description("The cogs of one study, of several studies pooled through canonical domains (none given: all), or of one participant. "
                + "Each study counts at its own grain (quotes, or themes when it has none); see contributions, counted and notes. An unknown id is a NOT_FOUND error.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("studyIds", "The studies in scope; several are pooled.")
            .Argument<IdGraphType>("participantId", "Only this participant's quotes.")
            .ResolveAsync(async c => await Service<CogService>(c).ComputeAsync(
                c.GetArgument<List<string>?>("studyIds"), c.GetArgument<string?>("participantId"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipantCrossingType>>>>("counterRotatingParticipants")
            .Description("Participants who report a threat in one canonical domain and a support in another: counter-rotating cogs.")
            .Argument<NonNullGraphType<StringGraphType>>("threatIn", "The canonical domain of the threat, e.g. structural (any case).")
            .Argument<NonNullGraphType<StringGraphType>>("supportIn", "The canonical domain of the support, e.g. social (any case).")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("studyIds", "The studies in scope (none given: all). An unknown id is a NOT_FOUND error.")
            .ResolveAsync(async c => await Service<CogService>(c).CounterRotatingAsync(
                c.GetArgument<string>("threatIn"), c.GetArgument<string>("supportIn"), c.GetArgument<List<string>?>("studyIds"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingLinkType>>>>("findingLinks")
            .Description("Links between findings, e.g. which findings of study B corroborate, contradict or address findings of study A, and why. "
                + "Every argument given must hold: between: [A, B] gives the links joining A and B whichever way they point; fromStudyId and "
                + "toStudyId keep one direction; studyId keeps the links with an end in that study. An unknown study id is a NOT_FOUND error.")
            .Argument<IdGraphType>("fromStudyId", "Only links starting at a finding of this study.")
            .Argument<IdGraphType>("toStudyId", "Only links ending at a finding of this study.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("between", "Only links joining two of these studies (at least two), in either direction.")
            .Argument<IdGraphType>("studyId", "Only links with an end (either) in this study.")
            .Argument<ListGraphType<NonNullGraphType<LinkRelationType>>>("relations", "Only links of these relations.")
            .ResolveAsync(async c => await Service<LinkService>(c).FindAsync(
                new LinkFilter(
                    c.GetArgument<string?>("fromStudyId") is { } from ? [from] : null,
                    c.GetArgument<string?>("toStudyId") is { } to ? [to] : null,
                    c.GetArgument<List<string>?>("between"),
                    c.GetArgument<string?>("studyId") is { } touching ? [touching] : null,
                    c.GetArgument<List<LinkRelation>?>("relations")),
                c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkedFindingType>>>>("linkedFindings")
            .Description("The findings reachable from one finding through links, in either direction, nearest first (breadth-first, one round trip per level), "
                + "each with the link followed to reach it: its relation, rationale and direction.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The finding to start from.")
            .Argument<IntGraphType>("depth", "How many links to follow (1 to 10).", a => a.DefaultValue = 1)
            .ResolveAsync(async c => await Service<LinkService>(c).ReachableAsync(c.GetArgument<string>("id"), c.GetArgument<int>("depth"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecurringFindingType>>>>("recurringFindings")
            .Description("Findings reported by at least minStudies studies, joined only through links that mean the same finding (CORROBORATES, SIMILAR_TO), "
                + "never a support with a threat; each group lists the links that formed it.")
            .Argument<NonNullGraphType<IntGraphType>>("minStudies", "The least number of studies.")
            .Argument<ListGraphType<NonNullGraphType<FindingKindType>>>("kinds", "Which kinds of finding (default: themes and mechanisms).")
            .ResolveAsync(async c => await Service<LinkService>(c).RecurringAsync(
                c.GetArgument<int>("minStudies"),
                c.GetArgument<List<FindingKind>?>("kinds") ?? [FindingKind.Theme, FindingKind.Mechanism],
                c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkSuggestionType>>>>("suggestedLinks")
            .Description("Candidates for links, ranked by Lucene over names (weighted 3), summaries (2) and quotes (1): for a study's findings or for one "
                + "finding, never stored. Give exactly one of studyId and findingId. Pairs already linked or rejected are left out, and so are a support "
                + "and a threat unless includeContradictions.")
            .Argument<IdGraphType>("studyId", "Suggestions for this study's findings: the best across all of them, at most 3 for one finding.")
            .Argument<IdGraphType>("findingId", "Suggestions for this one finding (of any kind).")
            .Argument<ListGraphType<NonNullGraphType<FindingKindType>>>("kinds", "Only candidates of these kinds (default: every kind).")
            .Argument<IntGraphType>("top", "How many suggestions (1 to 200).", a => a.DefaultValue = 10)
            .Argument<FloatGraphType>("minScore", "The least score (0 to 1; default 0: none).")
            .Argument<BooleanGraphType>("includeContradictions", "Also pair a support with a threat (candidates for CONTRADICTS).", a => a.DefaultValue = false)
            .ResolveAsync(async c => await Service<SuggestionService>(c).SuggestAsync(
                new SuggestionRequest(
                    c.GetArgument<string?>("studyId"), c.GetArgument<string?>("findingId"),
                    c.GetArgument<List<object>?>("kinds")?.Select(k => Enum.Parse<FindingKind>(k.ToString()!)).ToList(),
                    c.GetArgument<int>("top"), c.GetArgument<double?>("minScore"), c.GetArgument<bool>("includeContradictions")),
                c.CancellationToken));

        query.Field<StringGraphType>("exportStudy")
            .Description("The study as a study document (YAML or JSON), ready for ./realist import; null when there is no such study.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The study's id.")
            .Argument<DocumentFormatType>("format", "YAML (default) or JSON.", a => a.DefaultValue = StudyFileFormat.Yaml)
            .ResolveAsync(async c => await Service<StudyExportService>(c).ExportTextAsync(
                c.GetArgument<string>("id"), c.GetArgument<StudyFileFormat>("format"), c.CancellationToken));
    }

    private static T Service<T>(IResolveFieldContext c)
        where T : notnull => c.RequestServices!.GetRequiredService<T>();
}

public sealed class DocumentFormatType : EnumerationGraphType
{
    public DocumentFormatType()
    {
        Name = "DocumentFormat";
        Description = "The text formats of a study document.";
        Add("YAML", StudyFileFormat.Yaml, "YAML.");
        Add("JSON", StudyFileFormat.Json, "JSON.");
    }
}

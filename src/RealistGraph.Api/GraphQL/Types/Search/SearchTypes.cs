using GraphQL.DataLoader;
using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Api.GraphQL.Types.Analysis;
using RealistGraph.Domain.Model;
using RealistGraph.Domain.Search;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types.Search;

/// <summary>What a search hit is: a finding of any kind, or a quote.</summary>
public sealed class SearchKindType : EnumerationGraphType
{
    public SearchKindType()
    {
        Name = "SearchKind";
        Description = "The kind of record a search hit is: a finding of each FindingKind, or a quote.";
        foreach (var kind in SearchKinds.All)
        {
            Add(kind, kind, $"A {kind.ToLowerInvariant().Replace('_', ' ')}.");
        }
    }
}

/// <summary>The kinds the search reads, in the order of the shared FindingKind enumeration, then quotes.</summary>
public static class SearchKinds
{
    public const string Quote = "QUOTE";

    public static IReadOnlyList<string> Findings { get; } =
        ["THEME", "MECHANISM", "CONTEXT", "OUTCOME", "CMO_CONFIGURATION", "INTERVENTION", "FUNCTION", "ACTIVITY"];

    public static IReadOnlyList<string> All { get; } = [.. Findings, Quote];

    /// <summary>FindingKind's internal values (Theme, CmoConfiguration, ...) as search kinds (THEME, CMO_CONFIGURATION, ...).</summary>
    public static string OfFindingKind(string value) =>
        string.Concat(value.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString()));

    /// <summary>The record a hit names, read in one batch with the other hits of its kind.</summary>
    public static IDataLoaderResult Node(GraphLoaders loaders, string kind, string id, bool withText) => kind switch
    {
        "THEME" => loaders.Node(Nodes.Theme, id, withText),
        "MECHANISM" => loaders.Node(Nodes.Mechanism, id, withText),
        "CONTEXT" => loaders.Node(Nodes.Context, id, withText),
        "OUTCOME" => loaders.Node(Nodes.Outcome, id, withText),
        "CMO_CONFIGURATION" => loaders.Node(Nodes.CmoConfiguration, id, withText),
        "INTERVENTION" => loaders.Node(Nodes.Intervention, id, withText),
        "FUNCTION" => loaders.Node(Nodes.Function, id, withText),
        "ACTIVITY" => loaders.Node(Nodes.Activity, id, withText),
        _ => loaders.Node(Nodes.Quote, id, withText),
    };
}

/// <summary>The records a search can hit.</summary>
public sealed class SearchResultType : UnionGraphType
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "A finding of any kind, or a quote.";
        FindingType.AddFindingTypes(this);
        Type<QuoteType>();
    }
}

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "A record that matched a search, with how well and where.";
        Field<NonNullGraphType<SearchKindType>>("kind").Description("What the record is.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The record's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("studyId").Description("The study the record belongs to.").Resolve(c => StudyIds.StudyOf(c.Source.Id));
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("0 to 1: a name (or headline) match above a summary match above a quote; the whole phrase above scattered words.")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<SearchResultType>>("node")
            .Description("The record itself.")
            .Resolve(c => SearchKinds.Node(c.Loaders(), c.Source.Kind, c.Source.Id, c.Selects("text") || c.Selects("summary")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHighlightType>>>>("highlights")
            .Description("Each field that matched, with a passage in which the matches are marked «like this».")
            .Resolve(c => c.Source.Highlights);
    }
}

public sealed class SearchHighlightType : ObjectGraphType<SearchHighlight>
{
    public SearchHighlightType()
    {
        Name = "SearchHighlight";
        Description = "Where a search matched in one field.";
        Field(h => h.Field).Description("name (or the headline text of a context, outcome or CMO configuration), summary (summary or description), or text (a quote).");
        Field(h => h.Snippet).Description("A passage of the field (… where cut) with each match marked «like this».");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextSpanType>>>>("matches")
            .Description("Every match in the whole field, by character offset.")
            .Resolve(c => c.Source.Matches);
    }
}

public sealed class TextSpanType : ObjectGraphType<TextSpan>
{
    public TextSpanType()
    {
        Name = "TextSpan";
        Description = "A stretch of a text, by character offset (UTF-16 code units, from 0).";
        Field(s => s.Start).Description("Where it starts.");
        Field(s => s.Length).Description("How many characters it takes.");
    }
}

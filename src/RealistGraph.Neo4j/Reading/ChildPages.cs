using RealistGraph.Domain.Model;
using C = RealistGraph.Neo4j.Queries.QueryNames.ChildPages;
using S = RealistGraph.Neo4j.Queries.QueryNames.ScopedPages;

namespace RealistGraph.Neo4j.Reading;

/// <summary>A page of the children of many parents at once (rows carry <c>parentId</c> and <c>totalCount</c>).</summary>
public sealed class ChildPageQuery<TChild> : ReadQuery<TChild>
{
    internal ChildPageQuery(string query, Func<Client.CypherRecord, TChild> map)
        : base(query, map)
    {
    }

    internal ChildPageQuery(string query, string oneParentQuery, Func<Client.CypherRecord, TChild> map)
        : base(query, map) =>
        OfOneParent = new ChildPageQuery<TChild>(oneParentQuery, map);

    /// <summary>
    /// The same page for a single parent, cut in Cypher (SKIP and LIMIT after a top-N sort): only the page's rows come
    /// back, where the query for many parents collects every child of each parent before cutting (3.1 cannot limit per
    /// parent).
    /// </summary>
    internal ChildPageQuery<TChild>? OfOneParent { get; }

    /// <summary>The query for a batch of <paramref name="parents"/> parents: the one-parent form when there is one.</summary>
    public ChildPageQuery<TChild> ForParents(int parents) => parents == 1 && OfOneParent is not null ? OfOneParent : this;
}

/// <summary>The nested lists that can grow without bound, read a page at a time: <c>ThemeQuotes</c> pages the quotes of themes.</summary>
public static class ChildPages
{
    public static ChildPageQuery<Quote> StudyQuotes { get; } = new(C.StudyQuotes, C.StudyQuotesOfOne, GraphRecords.Quote);
    public static ChildPageQuery<Theme> StudyThemes { get; } = new(C.StudyThemes, C.StudyThemesOfOne, GraphRecords.Theme);
    public static ChildPageQuery<Participant> StudyParticipants { get; } = new(C.StudyParticipants, C.StudyParticipantsOfOne, GraphRecords.Participant);
    public static ChildPageQuery<Quote> ThemeQuotes { get; } = new(C.ThemeQuotes, C.ThemeQuotesOfOne, GraphRecords.Quote);
    public static ChildPageQuery<Quote> ParticipantQuotes { get; } = new(C.ParticipantQuotes, C.ParticipantQuotesOfOne, GraphRecords.Quote);
    public static ChildPageQuery<Theme> DomainThemes { get; } = new(C.DomainThemes, C.DomainThemesOfOne, GraphRecords.Theme);
    public static ChildPageQuery<Activity> FunctionActivities { get; } = new(C.FunctionActivities, C.FunctionActivitiesOfOne, GraphRecords.Activity);
    public static ChildPageQuery<Quote> FunctionQuotes { get; } = new(C.FunctionQuotes, C.FunctionQuotesOfOne, GraphRecords.Quote);
    public static ChildPageQuery<Quote> ActivityQuotes { get; } = new(C.ActivityQuotes, C.ActivityQuotesOfOne, GraphRecords.Quote);
    public static ChildPageQuery<Quote> MechanismQuotes { get; } = new(C.MechanismQuotes, C.MechanismQuotesOfOne, GraphRecords.Quote);
    public static ChildPageQuery<Quote> CmoQuotes { get; } = new(C.CmoQuotes, C.CmoQuotesOfOne, GraphRecords.Quote);
}

/// <summary>
/// Root pages written as one query per shape of the study filter: all studies (a label scan) or some (an index seek).
/// Their text filter is always a parameter (<c>''</c> matches everything).
/// </summary>
public static class ScopedPages
{
    public static ScopedPageQuery<Context> Contexts { get; } = new(new(S.Contexts, GraphRecords.Context), new(S.ContextsInStudies, GraphRecords.Context));
    public static ScopedPageQuery<Activity> Activities { get; } = new(new(S.Activities, GraphRecords.Activity), new(S.ActivitiesInStudies, GraphRecords.Activity));
}

/// <summary>A page query in two shapes: over every study, and over the studies named in <c>studyIds</c>.</summary>
public sealed class ScopedPageQuery<T>(PageQuery<T> everywhere, PageQuery<T> inStudies)
{
    /// <summary>The query for these filter parameters, with <c>textContains</c> set to <c>''</c> when not given.</summary>
    public PageQuery<T> Select(IDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters["textContains"] ??= "";
        return parameters.TryGetValue("studyIds", out var ids) && ids is not null ? inStudies : everywhere;
    }
}

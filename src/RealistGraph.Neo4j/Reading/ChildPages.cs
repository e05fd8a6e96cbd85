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
}

/// <summary>The nested lists that can grow without bound, read a page at a time: <c>ThemeQuotes</c> pages the quotes of themes.</summary>
public static class ChildPages
{
    public static ChildPageQuery<Quote> StudyQuotes { get; } = new(C.StudyQuotes, GraphRecords.Quote);
    public static ChildPageQuery<Theme> StudyThemes { get; } = new(C.StudyThemes, GraphRecords.Theme);
    public static ChildPageQuery<Participant> StudyParticipants { get; } = new(C.StudyParticipants, GraphRecords.Participant);
    public static ChildPageQuery<Quote> ThemeQuotes { get; } = new(C.ThemeQuotes, GraphRecords.Quote);
    public static ChildPageQuery<Quote> ParticipantQuotes { get; } = new(C.ParticipantQuotes, GraphRecords.Quote);
    public static ChildPageQuery<Theme> DomainThemes { get; } = new(C.DomainThemes, GraphRecords.Theme);
    public static ChildPageQuery<Activity> FunctionActivities { get; } = new(C.FunctionActivities, GraphRecords.Activity);
    public static ChildPageQuery<Quote> FunctionQuotes { get; } = new(C.FunctionQuotes, GraphRecords.Quote);
    public static ChildPageQuery<Quote> ActivityQuotes { get; } = new(C.ActivityQuotes, GraphRecords.Quote);
    public static ChildPageQuery<Quote> MechanismQuotes { get; } = new(C.MechanismQuotes, GraphRecords.Quote);
    public static ChildPageQuery<Quote> CmoQuotes { get; } = new(C.CmoQuotes, GraphRecords.Quote);
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

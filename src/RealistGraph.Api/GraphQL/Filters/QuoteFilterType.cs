using GraphQL;
using GraphQL.Types;
using RealistGraph.Api.GraphQL.Types;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Filters;

public sealed class QuoteFilterType : FilterInputType
{
    /// <summary>
    /// Filters by the findings a quote evidences. Each reads the quotes of the named findings (one round trip) and
    /// narrows the page query's <c>ids</c>, so they combine with every other filter without changing its Cypher.
    /// </summary>
    private static readonly (string Field, Relation<Quote> Quotes, string What)[] Evidenced =
    [
        ("mechanismId", Relations.MechanismQuotes, "quotes that evidence a mechanism"),
        ("cmoConfigurationId", Relations.CmoQuotes, "quotes that evidence a CMO configuration"),
        ("functionId", Relations.FunctionQuotes, "quotes that speak to an intervention function"),
        ("activityId", Relations.ActivityQuotes, "quotes that speak to an activity"),
    ];

    public QuoteFilterType()
    {
        Name = "QuoteFilter";
        Description = "Which quotes to return.";
        OneOrMany<IdGraphType>("id", "ids", "quotes with an id");
        OneOrMany<IdGraphType>("studyId", "studyIds", "quotes of a study");
        OneOrMany<IdGraphType>("themeId", "themeIds", "quotes coded to a theme");
        OneOrMany<IdGraphType>("participantId", "participantIds", "quotes of a participant (by id)");
        OneOrManyAnyCase("participantLabel", "participantLabels", "quotes of a participant (by label, e.g. 51-C)");
        CanonicalDomains("quotes coded to a theme in a canonical domain");
        OneOrManyEnum<PolarityType>("polarity", "polarities", "quotes whose own polarity, or else their theme's,");
        TextContains("text");
        foreach (var (field, _, what) in Evidenced)
        {
            Field<IdGraphType>(field).Description($"Only {what} (by id).");
            Field<ListGraphType<NonNullGraphType<IdGraphType>>>(field + "In").Description($"Only {what} among these (any of them).");
        }
    }

    public override async ValueTask<Dictionary<string, object?>> NarrowAsync(
        Dictionary<string, object?> parameters, IDictionary<string, object?>? where, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(context);
        if (where is null)
        {
            return parameters;
        }

        var reader = context.RequestServices!.GetRequiredService<RecordReader>();
        HashSet<string>? allowed = parameters["ids"] is IEnumerable<object?> ids ? ids.OfType<string>().ToHashSet(StringComparer.Ordinal) : null;
        foreach (var (field, quotes, _) in Evidenced)
        {
            if (FindingIds(where, field) is not { } findings)
            {
                continue;
            }

            var quoteIds = new HashSet<string>(StringComparer.Ordinal);
            if (findings.Count > 0)
            {
                var found = await reader.ByParentsAsync(quotes, findings, false, context.CancellationToken);
                quoteIds.UnionWith(found.Values.SelectMany(list => list.Select(q => q.Id)));
            }

            allowed = allowed is null ? quoteIds : [.. allowed.Intersect(quoteIds)];
        }

        if (allowed is not null)
        {
            parameters["ids"] = allowed.Order(StringComparer.Ordinal).Cast<object?>().ToList();
        }

        return parameters;
    }

    /// <summary>The ids a field and its list form name (both given: those in both), or null when neither is given.</summary>
    private static List<string>? FindingIds(IDictionary<string, object?> where, string field)
    {
        var one = where.TryGetValue(field, out var v) && v is string id ? new List<string> { id } : null;
        var many = where.TryGetValue(field + "In", out var l) && l is IEnumerable<object?> items ? items.OfType<string>().ToList() : null;
        return (one, many) switch
        {
            (null, null) => null,
            (not null, null) => one,
            (null, not null) => many,
            _ => [.. one!.Intersect(many!)],
        };
    }
}

using GraphQL.Types;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Import;

namespace RealistGraph.Api.GraphQL.Filters;

/// <summary>
/// A <c>where</c> input whose fields become the parameters of a page query. A field <c>x</c> and its list form
/// <c>xIn</c> fill one list parameter (both given: the values in both); a filter not given is null, which the
/// Cypher reads as "do not filter". Cypher text never changes with the filter, only parameters do.
/// </summary>
public abstract class FilterInputType : InputObjectGraphType
{
    private readonly List<(string Parameter, string? Single, string? List)> _parameters = [];
    private readonly HashSet<string> _lowerCase = new(StringComparer.Ordinal);

    protected void OneOrMany<TGraph>(string field, string parameter, string what)
        where TGraph : ScalarGraphType
    {
        Field<TGraph>(field).Description($"Only {what} equal to this.");
        Field<ListGraphType<NonNullGraphType<TGraph>>>(field + "In").Description($"Only {what} among these.");
        _parameters.Add((parameter, field, field + "In"));
    }

    /// <summary>
    /// Canonical domain names are stored lower case (they are local ids), so the argument is lowered and
    /// "Structural" matches while the comparison stays an exact one an index can serve.
    /// </summary>
    protected void CanonicalDomains(string what)
    {
        Field<StringGraphType>("canonicalDomain").Description($"Only {what} equal to this (any case).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("canonicalDomainIn").Description($"Only {what} among these (any case).");
        _parameters.Add(("canonicalDomains", "canonicalDomain", "canonicalDomainIn"));
        _lowerCase.Add("canonicalDomains");
    }

    protected void OneOrManyEnum<TGraph>(string field, string parameter, string what)
        where TGraph : EnumerationGraphType
    {
        Field<TGraph>(field).Description($"Only {what} equal to this.");
        Field<ListGraphType<NonNullGraphType<TGraph>>>(field + "In").Description($"Only {what} among these.");
        _parameters.Add((parameter, field, field + "In"));
    }

    protected void Scalar<TGraph>(string field, string description)
        where TGraph : ScalarGraphType
    {
        Field<TGraph>(field).Description(description);
        _parameters.Add((field, field, null));
    }

    /// <summary>
    /// An exact-match text filter compared in any case: the argument is lowered here and the query compares it with
    /// <c>toLower(property)</c>.
    /// </summary>
    protected void OneOrManyAnyCase(string field, string parameter, string what)
    {
        Field<StringGraphType>(field).Description($"Only {what} equal to this (any case).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>(field + "In").Description($"Only {what} among these (any case).");
        _parameters.Add((parameter, field, field + "In"));
        _lowerCase.Add(parameter);
    }

    /// <summary>
    /// Filters that are not query parameters but narrow the result before the page query runs (e.g. by reading
    /// the ids they allow); the default has none.
    /// </summary>
    public virtual ValueTask<Dictionary<string, object?>> NarrowAsync(
        Dictionary<string, object?> parameters, IDictionary<string, object?>? where, global::GraphQL.IResolveFieldContext context) =>
        ValueTask.FromResult(parameters);

    protected void TextContains(string what) => Scalar<StringGraphType>("textContains", $"Only those whose {what} contains this text (case-insensitive).");

    public Dictionary<string, object?> ToParameters(IDictionary<string, object?>? where)
    {
        var parameters = new Dictionary<string, object?>();
        foreach (var (parameter, single, list) in _parameters)
        {
            if (list is null)
            {
                parameters[parameter] = Value(where, single!);
                continue;
            }

            var one = Value(where, single!) is { } v ? new List<object?> { v } : null;
            var many = where is not null && where.TryGetValue(list, out var l) && l is IEnumerable<object?> items ? items.Select(Convert).ToList() : null;
            if (_lowerCase.Contains(parameter))
            {
                one = one?.Select(Lower).ToList();
                many = many?.Select(Lower).ToList();
            }

            parameters[parameter] = (one, many) switch
            {
                (null, null) => null,
                (not null, null) => one,
                (null, not null) => many,
                _ => one!.Intersect(many!).ToList(),
            };
        }

        return parameters;
    }

    private static object? Value(IDictionary<string, object?>? where, string field) =>
        where is not null && where.TryGetValue(field, out var value) ? Convert(value) : null;

    private static object? Lower(object? value) => value is string text ? text.Trim().ToLowerInvariant() : value;

    /// <summary>Enumerations are stored in upper case in the graph, as the GraphQL enums spell them.</summary>
    private static object? Convert(object? value) => value switch
    {
        Polarity p => GraphValues.Of(p),
        OutcomeValence v => GraphValues.Of(v),
        Confidence c => GraphValues.Of(c),
        _ => value,
    };
}

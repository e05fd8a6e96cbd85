using System.Collections;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using RealistGraph.Neo4j.Reading;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace RealistGraph.Api.GraphQL.Execution;

/// <summary>
/// A list of objects answered as rows of already serialized scalar values, one column per selected field (written by
/// <see cref="FlatObjectCollectionJsonConverter"/>). Read only when every selected field is plain: a scalar read off the record
/// by a property expression (<c>Field(x => x.Id)</c>) or <c>__typename</c>, without arguments, directives or sub-selection.
/// A list read as ids only (<see cref="IIdList"/>) whose selection is <c>id</c> and <c>__typename</c> keeps the list
/// itself: its ids are written from their UTF-8 bytes, without a record, a string or a cell per object.
/// </summary>
public sealed class FlatObjectCollection : IEnumerable<IReadOnlyDictionary<string, object?>>
{
    /// <summary>Objects between two looks at the cancellation token, minus one (a mask).</summary>
    private const int CancellationStride = 1023;

    private readonly IIdList? _ids;

    private FlatObjectCollection(string[] names, object?[] values, int count)
    {
        Names = names;
        Values = values;
        Count = count;
    }

    /// <summary>Rows of ids: <paramref name="template"/> is one row, <c>__typename</c>'s value in its columns and null in the ids'.</summary>
    private FlatObjectCollection(string[] names, object?[] template, IIdList ids)
        : this(names, template, ids.Count) => _ids = ids;

    /// <summary>The response names (aliases or field names), in the order of the selection.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The values, row after row (for a list of ids, one row with null where the id goes).</summary>
    private object?[] Values { get; }

    public int Count { get; }

    /// <summary>The value of one cell, as GraphQL.NET would have serialized it.</summary>
    internal object? Cell(int row, int column) => _ids is null
        ? Values[(row * Names.Count) + column]
        : Values[column] ?? Encoding.UTF8.GetString(_ids.Utf8Id(row));

    /// <summary>Writes one cell, or returns false (writing nothing) when its <see cref="Cell"/> needs a serializer.</summary>
    internal bool TryWrite(Utf8JsonWriter writer, int row, int column)
    {
        if (_ids is not null && Values[column] is null)
        {
            writer.WriteStringValue(_ids.Utf8Id(row));
            return true;
        }

        return JsonScalars.TryWrite(writer, _ids is null ? Values[(row * Names.Count) + column] : Values[column]);
    }

    /// <summary>The rows as dictionaries, for callers that read a result instead of writing it.</summary>
    public IEnumerator<IReadOnlyDictionary<string, object?>> GetEnumerator()
    {
        for (var row = 0; row < Count; row++)
        {
            var item = new Dictionary<string, object?>(Names.Count);
            for (var column = 0; column < Names.Count; column++)
            {
                item[Names[column]] = Cell(row, column);
            }

            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The rows of the list of <paramref name="parent"/>, or null when the list must take the usual path.</summary>
    public static FlatObjectCollection? TryRead(ExecutionContext context, ArrayExecutionNode parent)
    {
        if (parent.GraphType is not ListGraphType { ResolvedType: { } itemType }
            || Unwrap(itemType, out _) is not IObjectGraphType objectType
            || parent.Field?.SelectionSet is not { Selections.Count: > 0 } selection
            || parent.Result is not IList items
            || Columns(objectType, selection) is not { } columns)
        {
            return null;
        }

        var names = columns.Select(c => c.Name).ToArray();
        if (items is IIdList ids && columns.All(c => c.Resolver is null || c.IsId))
        {
            return new FlatObjectCollection(names, [.. columns.Select(c => c.Resolver is null ? objectType.Name : null)], ids);
        }

        var width = columns.Length;
        var values = new object?[items.Count * width];
        var source = new ResolveFieldContext();
        for (var row = 0; row < items.Count; row++)
        {
            if ((row & CancellationStride) == CancellationStride)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            var item = items[row];
            if (item is null or IDataLoaderResult || (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(item)))
            {
                return null;
            }

            source.Source = item;
            for (var column = 0; column < width; column++)
            {
                if (columns[column].Value(source, objectType) is not { } value)
                {
                    if (columns[column].NonNull)
                    {
                        return null;
                    }

                    continue;
                }

                values[(row * width) + column] = value;
            }
        }

        return new FlatObjectCollection(names, values, items.Count);
    }

    private static Column[]? Columns(IObjectGraphType objectType, GraphQLSelectionSet selection)
    {
        var columns = new Column[selection.Selections.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            if (selection.Selections[i] is not GraphQLField { Directives: null or { Count: 0 }, Arguments: null or { Count: 0 }, SelectionSet: null } field)
            {
                return null;
            }

            var name = field.Alias?.Name.StringValue ?? field.Name.StringValue;
            if (columns.Take(i).Any(c => c.Name == name))
            {
                return null;
            }

            if (field.Name.Value.Span.SequenceEqual("__typename"))
            {
                columns[i] = new Column(name, null, null, true, false);
                continue;
            }

            if (objectType.GetField(field.Name.Value) is not { Arguments: null or { Count: 0 }, ResolvedType: { } type, Resolver: { } resolver }
                || !IsPropertyRead(resolver)
                || Unwrap(type, out var nonNull) is not ScalarGraphType scalar)
            {
                return null;
            }

            columns[i] = new Column(name, resolver, scalar, nonNull, scalar is IdGraphType && field.Name.Value.Span.SequenceEqual("id"));
        }

        return columns;
    }

    private static bool IsPropertyRead(IFieldResolver resolver) =>
        resolver.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>);

    private static IGraphType Unwrap(IGraphType type, out bool nonNull)
    {
        nonNull = type is NonNullGraphType;
        return type is NonNullGraphType { ResolvedType: { } inner } ? inner : type;
    }

    /// <summary>One selected field: <see cref="Resolver"/> null for <c>__typename</c>; <see cref="IsId"/> for the <c>id</c> field.</summary>
    private sealed record Column(string Name, IFieldResolver? Resolver, ScalarGraphType? Scalar, bool NonNull, bool IsId)
    {
        public object? Value(ResolveFieldContext source, IObjectGraphType objectType)
        {
            if (Resolver is null)
            {
                return objectType.Name;
            }

            // A property expression completes at once; anything else would not be a plain field.
            var pending = Resolver.ResolveAsync(source);
            var value = pending.IsCompletedSuccessfully ? pending.Result : throw new InvalidOperationException("A property read did not complete at once.");
            return Scalar!.Serialize(value);
        }
    }
}

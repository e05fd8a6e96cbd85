using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using RealistGraph.Api.GraphQL.Execution;
using RealistGraph.Api.GraphQL.Http;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.Tests.Execution;

/// <summary>
/// A list read as ids only (<see cref="IIdList"/>) whose selection is <c>id</c> and <c>__typename</c> is written from the
/// ids' bytes: no record is made per object, and the answer is the one GraphQL.NET's node-by-node path writes.
/// </summary>
public sealed class IdRowsTests
{
    private readonly Items _items = new("s/q1", "s/\"q2\"", "s/qé", "s/q\\4");

    [Fact]
    public async Task Ids_are_written_without_a_record_per_object()
    {
        var json = await AnswerAsync("{ items { id kind: __typename } }");

        Assert.Equal("""{"data":{"items":[{"id":"s/q1","kind":"Item"},{"id":"s/\"q2\"","kind":"Item"},{"id":"s/qé","kind":"Item"},{"id":"s/q\\4","kind":"Item"}]}}""", json);
        Assert.Equal(0, _items.Made);
    }

    [Fact]
    public async Task The_node_by_node_path_answers_the_same()
    {
        var flat = await AnswerAsync("{ items { id kind: __typename } }");
        var usual = await AnswerAsync("{ items { id @include(if: true) kind: __typename } }");

        Assert.Equal(usual, flat);
        Assert.Equal(_items.Count, _items.Made);
    }

    private async Task<string> AnswerAsync(string query)
    {
        var executer = new DocumentExecuter(
            new GraphQLDocumentBuilder(),
            new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(new FlatListExecutionStrategy(), OperationType.Query)]),
            []);
        var items = _items;
        var schema = new Schema { Query = new QueryType(items) };
        var result = await executer.ExecuteAsync(new ExecutionOptions { Schema = schema, Query = query, RequestServices = null });
        using var stream = new MemoryStream();
        new ResponseWriter(new GraphQLSerializer(), new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Write(stream, result, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed record Item(string Id);

    private sealed class ItemType : ObjectGraphType<Item>
    {
        public ItemType()
        {
            Name = "Item";
            Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        }
    }

    private sealed class QueryType : ObjectGraphType
    {
        public QueryType(Items items)
        {
            Name = "Query";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("items").Resolve(_ => items);
        }
    }

    /// <summary>Ids as an ids-only read hands them over; counts the records made from them.</summary>
    private sealed class Items(params string[] ids) : IReadOnlyList<Item>, IList, IIdList
    {
        public int Made { get; private set; }

        public int Count => ids.Length;

        public bool IsFixedSize => true;

        public bool IsReadOnly => true;

        public bool IsSynchronized => false;

        public object SyncRoot => this;

        public Item this[int index]
        {
            get
            {
                Made++;
                return new Item(ids[index]);
            }
        }

        object? IList.this[int index]
        {
            get => this[index];
            set => throw new NotSupportedException();
        }

        public ReadOnlySpan<byte> Utf8Id(int index) => Encoding.UTF8.GetBytes(ids[index]);

        public IEnumerator<Item> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public int Add(object? value) => throw new NotSupportedException();

        public void Clear() => throw new NotSupportedException();

        public bool Contains(object? value) => throw new NotSupportedException();

        public int IndexOf(object? value) => throw new NotSupportedException();

        public void Insert(int index, object? value) => throw new NotSupportedException();

        public void Remove(object? value) => throw new NotSupportedException();

        public void RemoveAt(int index) => throw new NotSupportedException();

        public void CopyTo(Array array, int index) => throw new NotSupportedException();
    }
}

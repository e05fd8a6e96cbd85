using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Reading;

/// <summary>
/// Reads the rows of an ids-only relation: one row per parent with its children's <c>ids</c> and <c>ordinals</c>.
/// Neo4j collects them unordered (sorting thousands of rows by a property there cost more than reading them); they are
/// put in ordinal order here. Each parent's ids are copied as UTF-8 into one buffer (<see cref="ChildIdList{T}"/>): no
/// string and no record per child unless one is asked for. A hang-up stops the work between parents.
/// </summary>
internal static class ChildIdLists
{
    /// <summary>Rows (or children) between two looks at the cancellation token, minus one (a mask).</summary>
    public const int CancellationStride = 1023;

    public static IReadOnlyDictionary<string, IReadOnlyList<T>> Read<T>(
        CypherResult result, Func<string, string, T> fromId, CancellationToken cancellationToken)
    {
        var lists = new Dictionary<string, IReadOnlyList<T>>(result.Records.Count, StringComparer.Ordinal);
        foreach (var row in result.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lists[row.GetString("parentId")] = List(row["ids"], row["ordinals"], fromId, cancellationToken);
        }

        return lists;
    }

    private static ChildIdList<T> List<T>(JsonElement ids, JsonElement ordinals, Func<string, string, T> fromId, CancellationToken cancellationToken)
    {
        var count = ids.GetArrayLength();
        if (ordinals.GetArrayLength() != count)
        {
            throw new InvalidOperationException("The query returned lists of ids and ordinals of different lengths.");
        }

        // A JSON string is never shorter than its unescaped UTF-8, so the raw lengths bound the buffer.
        var bound = 0;
        foreach (var id in ids.EnumerateArray())
        {
            bound += JsonMarshal.GetRawUtf8Value(id).Length;
        }

        var bytes = new byte[bound];
        var starts = new int[count + 1];
        var order = new int[count];
        var keys = ArrayPool<long>.Shared.Rent(count);
        try
        {
            var i = 0;
            var at = 0;
            using var ordinal = ordinals.EnumerateArray();
            foreach (var id in ids.EnumerateArray())
            {
                if ((i & CancellationStride) == CancellationStride)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                ordinal.MoveNext();
                keys[i] = ordinal.Current.ValueKind == JsonValueKind.Number ? ordinal.Current.GetInt64() : long.MaxValue;
                order[i] = i;
                starts[i++] = at;
                at += Utf8(id, bytes.AsSpan(at));
            }

            starts[count] = at;
            keys.AsSpan(0, count).Sort(order.AsSpan());
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
        }

        return new ChildIdList<T>(bytes, starts, order, fromId);
    }

    /// <summary>Copies the unescaped UTF-8 of a JSON string into <paramref name="into"/> and says how long it is.</summary>
    private static int Utf8(JsonElement id, Span<byte> into)
    {
        if (id.ValueKind != JsonValueKind.String)
        {
            return 0;
        }

        var raw = JsonMarshal.GetRawUtf8Value(id)[1..^1];
        if (raw.IndexOf((byte)'\\') < 0)
        {
            raw.CopyTo(into);
            return raw.Length;
        }

        return Encoding.UTF8.GetBytes(id.GetString()!, into);
    }
}

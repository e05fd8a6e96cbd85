using System.Text.Json;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Reading;

/// <summary>
/// Reads the rows of an ids-only relation: one row per parent with its children's <c>ids</c> and <c>ordinals</c>.
/// Neo4j collects them unordered (sorting thousands of rows by a property there cost more than reading them); they are
/// put in ordinal order here. A hang-up stops the work between parents.
/// </summary>
internal static class ChildIdLists
{
    /// <summary>Rows (or children) between two looks at the cancellation token, minus one (a mask).</summary>
    public const int CancellationStride = 1023;

    public static IReadOnlyDictionary<string, IReadOnlyList<T>> Read<T>(
        CypherResult result, Func<string, string, T> fromId, CancellationToken cancellationToken)
    {
        var lists = new Dictionary<string, IReadOnlyList<T>>(result.Records.Count, StringComparer.Ordinal);
        var study = new StudyOfIds();
        foreach (var row in result.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = row["ids"];
            var ordinals = row["ordinals"];
            var count = ids.GetArrayLength();
            if (ordinals.GetArrayLength() != count)
            {
                throw new InvalidOperationException("The query returned lists of ids and ordinals of different lengths.");
            }

            var keys = new long[count];
            var children = new T[count];
            var i = 0;
            using var ordinal = ordinals.EnumerateArray();
            foreach (var id in ids.EnumerateArray())
            {
                if ((i & CancellationStride) == CancellationStride)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                ordinal.MoveNext();
                var text = id.GetString() ?? "";
                keys[i] = ordinal.Current.ValueKind == JsonValueKind.Number ? ordinal.Current.GetInt64() : long.MaxValue;
                children[i++] = fromId(text, study.Of(text));
            }

            Array.Sort(keys, children);
            lists[row.GetString("parentId")] = children;
        }

        return lists;
    }

    /// <summary>The study part of global ids, reusing the last one found: the children of one parent share their study.</summary>
    private sealed class StudyOfIds
    {
        private string _last = "";

        public string Of(string id)
        {
            var slash = id.IndexOf(Domain.Model.StudyIds.Separator);
            var length = slash < 0 ? id.Length : slash;
            if (_last.Length != length || !id.AsSpan(0, length).SequenceEqual(_last))
            {
                _last = id[..length];
            }

            return _last;
        }
    }
}

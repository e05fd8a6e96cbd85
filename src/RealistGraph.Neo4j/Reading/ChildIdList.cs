using System.Collections;
using System.Text;
using RealistGraph.Domain.Model;

namespace RealistGraph.Neo4j.Reading;

/// <summary>
/// The children of one parent read as ids only (<see cref="ChildIdLists"/>): the ids' UTF-8 bytes in one buffer and the
/// order to read them in. A child record (id and study id, nothing else) is made only when someone asks for it.
/// </summary>
public sealed class ChildIdList<T> : IReadOnlyList<T>, IList, IIdList
{
    private readonly byte[] _bytes;
    private readonly int[] _starts;
    private readonly int[] _order;
    private readonly Func<string, string, T> _fromId;

    /// <param name="bytes">The ids one after another, as read.</param>
    /// <param name="starts">Where each id read starts in <paramref name="bytes"/>, and one more entry for the end.</param>
    /// <param name="order">The position (as read) of the id at each index.</param>
    /// <param name="fromId">Makes a child record from its id and study id.</param>
    internal ChildIdList(byte[] bytes, int[] starts, int[] order, Func<string, string, T> fromId)
    {
        _bytes = bytes;
        _starts = starts;
        _order = order;
        _fromId = fromId;
    }

    public int Count => _order.Length;

    bool IList.IsFixedSize => true;

    bool IList.IsReadOnly => true;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    public T this[int index]
    {
        get
        {
            var id = Encoding.UTF8.GetString(Utf8Id(index));
            return _fromId(id, StudyIds.StudyOf(id));
        }
    }

    object? IList.this[int index]
    {
        get => this[index];
        set => throw new NotSupportedException();
    }

    public ReadOnlySpan<byte> Utf8Id(int index)
    {
        var at = _order[index];
        return _bytes.AsSpan(_starts[at], _starts[at + 1] - _starts[at]);
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    int IList.Add(object? value) => throw new NotSupportedException();

    void IList.Clear() => throw new NotSupportedException();

    bool IList.Contains(object? value) => ((IList)this).IndexOf(value) >= 0;

    int IList.IndexOf(object? value)
    {
        for (var i = 0; i < Count; i++)
        {
            if (Equals(this[i], value))
            {
                return i;
            }
        }

        return -1;
    }

    void IList.Insert(int index, object? value) => throw new NotSupportedException();

    void IList.Remove(object? value) => throw new NotSupportedException();

    void IList.RemoveAt(int index) => throw new NotSupportedException();

    void ICollection.CopyTo(Array array, int index)
    {
        for (var i = 0; i < Count; i++)
        {
            array.SetValue(this[i], index + i);
        }
    }
}

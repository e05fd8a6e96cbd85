namespace RealistGraph.Neo4j.Reading;

/// <summary>
/// A list of records read as ids only, which can hand out each id as the UTF-8 bytes Neo4j sent: a writer that needs
/// nothing but the ids writes them from here without a string or a record per child.
/// </summary>
public interface IIdList
{
    int Count { get; }

    /// <summary>The id of the child at <paramref name="index"/>, unescaped UTF-8.</summary>
    ReadOnlySpan<byte> Utf8Id(int index);
}

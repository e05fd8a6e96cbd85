using System.Text;
using System.Text.Json;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Neo4j.Tests.Reading;

/// <summary>
/// The rows of an ids-only relation (one per parent, ids and ordinals unordered) become lists in ordinal order whose ids
/// are read as UTF-8 without a record or a string per child.
/// </summary>
public sealed class ChildIdListsTests
{
    private static CypherResult Rows(string rows)
    {
        var data = JsonDocument.Parse(rows).RootElement;
        return new CypherResult(["parentId", "ids", "ordinals"], [.. data.EnumerateArray().Select(row => row.EnumerateArray().ToArray())]);
    }

    private static string NoRecord(string id, string studyId) => throw new InvalidOperationException($"a record was made for {id}");

    private static List<string> Ids(IIdList list) => [.. Enumerable.Range(0, list.Count).Select(i => Encoding.UTF8.GetString(list.Utf8Id(i)))];

    [Fact]
    public void Ids_come_in_ordinal_order_without_a_record_per_child()
    {
        var lists = ChildIdLists.Read(
            Rows("""[["t1", ["s/q3", "s/q1", "s/q10", "s/q2"], [3, 1, 10, 2]], ["t2", ["s/q7"], [7]]]"""), NoRecord, CancellationToken.None);

        Assert.Equal(["s/q1", "s/q2", "s/q3", "s/q10"], Ids((IIdList)lists["t1"]));
        Assert.Equal(["s/q7"], Ids((IIdList)lists["t2"]));
    }

    [Fact]
    public void Escaped_ids_are_unescaped_and_children_without_an_ordinal_come_last()
    {
        var lists = ChildIdLists.Read(Rows("""[["t1", ["s/\"q\u00e9\"", "s/q0", "s/q\\1"], [null, 5, 2]]]"""), NoRecord, CancellationToken.None);

        Assert.Equal(["s/q\\1", "s/q0", "s/\"qé\""], Ids((IIdList)lists["t1"]));
    }

    [Fact]
    public void A_record_is_made_from_the_id_and_its_study_when_asked_for()
    {
        var lists = ChildIdLists.Read(Rows("""[["t1", ["s1/q2", "s1/q1"], [2, 1]]]"""), (id, study) => $"{study}|{id}", CancellationToken.None);

        Assert.Equal(["s1|s1/q1", "s1|s1/q2"], lists["t1"]);
        Assert.Equal("s1|s1/q2", lists["t1"][1]);
    }

    [Fact]
    public void Lists_of_ids_and_ordinals_of_different_lengths_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => ChildIdLists.Read(Rows("""[["t1", ["s/q1", "s/q2"], [1]]]"""), NoRecord, CancellationToken.None));
    }
}

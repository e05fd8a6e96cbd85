using System.Globalization;
using System.Security.Cryptography;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using RealistGraph.Neo4j.Reading;
using C = RealistGraph.Neo4j.Queries.QueryNames.Changes;

namespace RealistGraph.Neo4j.Changes;

/// <summary>
/// The change log: the statement each write adds to its own transaction (so a failed write records nothing), and
/// its reads. Entry ids start with the time in ticks, so they sort in the order the changes were made (within a
/// study, writes are serialised by the study's write lock).
/// </summary>
public sealed class ChangeLog(IGraphDatabase database)
{
    /// <summary>The statement that records a change by <see cref="ChangeActor.Current"/> now.</summary>
    public static CypherStatement Record(string studyId, string action, string target, string summary)
    {
        var now = DateTimeOffset.UtcNow;
        var id = now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        // A study-level change (an import, a deletion) marks only the study; a part's marks the part found by its id too.
        return QueryCatalog.Embedded.Statement(target == studyId ? C.RecordStudy : C.Record, new Dictionary<string, object?>
        {
            ["id"] = id, ["studyId"] = studyId, ["at"] = now.ToString("O", CultureInfo.InvariantCulture), ["actor"] = ChangeActor.Current,
            ["action"] = action, ["target"] = target, ["summary"] = summary,
        });
    }

    /// <summary>Entries <paramref name="skip"/> + 1 to <paramref name="skip"/> + <paramref name="limit"/> of the study's log, oldest first.</summary>
    public async Task<Page<Change>> PageAsync(string studyId, int skip, int limit, CancellationToken cancellationToken = default)
    {
        var records = (await database.RunAsync(QueryCatalog.Embedded.Statement(C.Page, new Dictionary<string, object?>
        {
            ["studyId"] = studyId, ["skip"] = skip, ["limit"] = limit,
        }), cancellationToken)).Records;
        var total = records.Count == 0 ? 0 : (int)records[0].GetInt64("totalCount");
        return Page.Counted<Change>(records.Where(r => r.GetNullableString("id") is not null).Select(Read).ToList(), skip, total);
    }

    public async Task<IReadOnlyList<Change>> AllAsync(CancellationToken cancellationToken = default) =>
        (await database.RunAsync(QueryCatalog.Embedded.Statement(C.All), cancellationToken)).Records.Select(Read).ToList();

    /// <summary>Writes entries back as they were (a restore); an entry whose id is there already is kept.</summary>
    public Task RestoreAsync(IReadOnlyList<Change> changes, CancellationToken cancellationToken = default) =>
        database.RunAsync(RestoreStatement(changes), cancellationToken);

    /// <summary>The statement of <see cref="RestoreAsync"/>, for a restore that runs it in its own transaction.</summary>
    internal static CypherStatement RestoreStatement(IReadOnlyList<Change> changes) =>
        QueryCatalog.Embedded.Statement(C.Restore, new Dictionary<string, object?>
        {
            ["changes"] = changes.Select(c => new Dictionary<string, object?>
            {
                ["id"] = c.Id, ["studyId"] = c.StudyId, ["at"] = c.At, ["actor"] = c.Actor, ["action"] = c.Action,
                ["target"] = c.Target, ["summary"] = c.Summary,
            }).ToList(),
        });

    private static Change Read(CypherRecord r) => new(
        r.GetString("id"), r.GetString("studyId"), r.GetString("at"), r.GetString("actor"), r.GetString("action"),
        r.GetString("target"), r.GetString("summary"));
}

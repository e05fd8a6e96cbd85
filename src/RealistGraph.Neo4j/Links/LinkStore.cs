using RealistGraph.Domain.Links;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Changes;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Queries;
using RealistGraph.Neo4j.Reading;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Links;

namespace RealistGraph.Neo4j.Links;

/// <summary>Cross-study links between findings: stored as <c>(:Finding)-[:LINKS_TO]->(:Finding)</c> relationships.</summary>
public sealed class LinkStore(IGraphDatabase database)
{
    /// <summary>
    /// Creates the link and records it in the change logs of both its studies, in one transaction; null (and nothing
    /// recorded) when either finding does not exist.
    /// </summary>
    public Task<FindingLink?> CreateAsync(FindingLink link, CancellationToken cancellationToken = default) =>
        database.InTransactionAsync(async (tx, ct) =>
        {
            if ((await tx.RunAsync(QueryCatalog.Embedded.Statement(Q.Create, StudyGraphRows.Link(link)), ct)).SingleOrDefault() is not { } row)
            {
                return null;
            }

            await tx.RunAsync(Logged("addLink", "linked", link), ct);
            return (FindingLink?)GraphRecords.Link(row);
        }, cancellationToken);

    /// <summary>The link of this id, when only the id is known (on Neo4j 3.1 this reads every link: see links/by-id).</summary>
    public async Task<FindingLink?> ByIdAsync(string id, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(QueryCatalog.Embedded.Statement(Q.ById, new Dictionary<string, object?> { ["id"] = id }), cancellationToken)).SingleOrDefault() is { } r
            ? GraphRecords.Link(r)
            : null;

    /// <summary>The link of this id from <paramref name="fromId"/> to <paramref name="toId"/>, found from its start finding.</summary>
    public async Task<FindingLink?> ByEndsAsync(string id, string fromId, string toId, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(QueryCatalog.Embedded.Statement(Q.ByEnds, Ends(id, fromId, toId)), cancellationToken)).SingleOrDefault() is { } r
            ? GraphRecords.Link(r)
            : null;

    /// <summary>Deletes the link and records it in the change logs of both its studies, in one transaction; false when it was gone.</summary>
    public Task<bool> DeleteAsync(FindingLink link, CancellationToken cancellationToken = default) =>
        database.InTransactionAsync(async (tx, ct) =>
        {
            var deleted = (await tx.RunAsync(QueryCatalog.Embedded.Statement(Q.Delete, Ends(link.Id, link.FromId, link.ToId)), ct))
                .Single().GetInt64("deleted") > 0;
            if (deleted)
            {
                await tx.RunAsync(Logged("removeLink", "unlinked", link), ct);
            }

            return deleted;
        }, cancellationToken);

    public Task<IReadOnlyList<FindingLink>> FindAsync(
        IReadOnlyList<string>? fromStudyIds, IReadOnlyList<string>? toStudyIds, IReadOnlyList<LinkRelation>? relations,
        CancellationToken cancellationToken = default) =>
        FindAsync(new LinkFilter(fromStudyIds, toStudyIds, Relations: relations), cancellationToken);

    public async Task<IReadOnlyList<FindingLink>> FindAsync(LinkFilter filter, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(
            QueryCatalog.Embedded.Statement(Q.All, new Dictionary<string, object?>
            {
                ["fromStudyIds"] = filter.FromStudyIds, ["toStudyIds"] = filter.ToStudyIds, ["between"] = filter.Between,
                ["touching"] = filter.Touching, ["relations"] = filter.Relations?.Select(GraphValues.Of).ToList(),
            }),
            cancellationToken)).Records.Select(GraphRecords.Link).ToList();

    /// <summary>The study and kind of each finding (of any kind) that exists among <paramref name="findingIds"/>.</summary>
    public async Task<IReadOnlyDictionary<string, (string StudyId, FindingKind Kind)>> FindingsAsync(
        IReadOnlyCollection<string> findingIds, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(
            QueryCatalog.Embedded.Statement(Q.FindingsByIds, new Dictionary<string, object?> { ["ids"] = findingIds, ["withText"] = false }),
            cancellationToken))
        .Records.ToDictionary(r => r.GetString("id"), r => (r.GetString("studyId"), FindingRecords.KindOf(r.GetStrings("labels"))), StringComparer.Ordinal);

    /// <summary>
    /// Findings reachable through links from <paramref name="findingId"/>, nearest first, each with the link that reached
    /// it. Breadth-first: one round trip per level, at most <paramref name="depth"/>, stopping early when a level
    /// reaches nothing new; each finding is visited once (through its oldest link from the level before), so the work
    /// grows with the findings reached.
    /// </summary>
    public async Task<IReadOnlyList<LinkHop>> ReachableAsync(string findingId, int depth, CancellationToken cancellationToken = default)
    {
        var reached = new List<LinkHop>();
        var seen = new List<string> { findingId };
        List<string> frontier = [findingId];
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var result = await database.RunAsync(
                QueryCatalog.Embedded.Statement(Q.Neighbours, new Dictionary<string, object?> { ["ids"] = frontier, ["seen"] = seen }), cancellationToken);
            var hops = result.Records
                .GroupBy(r => r.GetString("id"), StringComparer.Ordinal)
                .Select(g => Hop(g.First(), level))
                .ToList();
            frontier = hops.Select(h => h.FindingId).ToList();
            seen.AddRange(frontier);
            reached.AddRange(hops);
        }

        return reached;
    }

    private static LinkHop Hop(CypherRecord r, int level) => new(
        r.GetString("id"), level, r.GetString("viaId"),
        new FindingLink(
            r.GetString("linkId"), r.GetString("fromId"), r.GetString("toId"), GraphValues.Parse<LinkRelation>(r.GetString("relation")),
            r.GetString("rationale"), r.GetString("author"),
            DateTimeOffset.Parse(r.GetString("createdAt"), System.Globalization.CultureInfo.InvariantCulture)),
        r.GetBoolean("outgoing"));

    private static Dictionary<string, object?> Ends(string id, string fromId, string toId) =>
        new() { ["id"] = id, ["fromId"] = fromId, ["toId"] = toId };

    /// <summary>A link touches two studies, so each study's log gets the entry, targeted at its own end.</summary>
    private static IReadOnlyList<CypherStatement> Logged(string action, string verb, FindingLink link)
    {
        var summary = $"{verb} '{link.FromId}' {GraphValues.Of(link.Relation)} '{link.ToId}'";
        return
        [
            ChangeLog.Record(StudyIds.StudyOf(link.FromId), action, link.FromId, summary),
            ChangeLog.Record(StudyIds.StudyOf(link.ToId), action, link.ToId, summary),
        ];
    }
}

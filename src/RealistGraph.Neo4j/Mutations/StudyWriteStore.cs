using RealistGraph.Domain.Errors;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Changes;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using M = RealistGraph.Neo4j.Queries.QueryNames.Mutations;

namespace RealistGraph.Neo4j.Mutations;

/// <summary>
/// The lookups and writes of the edit API; Application's <c>StudyEditor</c> holds the rules. Each write is one
/// request and one transaction: it takes the study's write lock first, writes, clears the study's content hash (so
/// the next import of a document is never mistaken for "unchanged"), and reads the node back. A write whose node
/// vanished since the caller looked answers null; a create whose id was taken meanwhile is refused as a conflict.
/// Labels and field names are those of the domain (<c>Theme</c>, <c>domainId</c>). Each write also appends to the
/// study's change log in the same transaction (<see cref="ChangeLog"/>).
/// </summary>
public sealed class StudyWriteStore(IGraphDatabase database)
{
    /// <summary>The node labels this store can write, and the input fields that set relationships of each.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> Labels { get; } =
        WriteQueries.Nodes.ToDictionary(n => n.Key, n => (IReadOnlyCollection<string>)n.Value.SetQueries.Keys.ToList());

    public static IReadOnlyCollection<string> RelationshipTypes => WriteQueries.Relations.Keys.ToList();

    public async Task<bool> StudyExistsAsync(string studyId, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(Statement(M.LookupStudies, new() { ["ids"] = new[] { studyId } }), cancellationToken)).Single().GetBoolean("found");

    /// <summary>The nodes of any study with these global ids; absent ids are missing from the answer.</summary>
    public async Task<IReadOnlyDictionary<string, StoredNode>> LookupAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var keys = ids.Distinct(StringComparer.Ordinal)
            .Select(id => new Dictionary<string, object?> { ["id"] = id, ["studyId"] = StudyIds.StudyOf(id) }).ToList();
        var rows = (await database.RunAsync(Statement(M.LookupParts, new() { ["keys"] = keys }), cancellationToken)).Records;
        return rows.Where(r => r.GetNullableString("studyId") is not null)
            .GroupBy(r => r.GetString("id"), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new StoredNode(g.First().GetString("studyId"), g.SelectMany(r => r.GetStrings("labels")).Distinct().ToList()),
                StringComparer.Ordinal);
    }

    /// <summary>The broader themes above a theme (SUBTHEME_OF at any depth).</summary>
    public async Task<IReadOnlyList<string>> ThemeAncestorsAsync(string themeId, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(Statement(M.ThemeAncestors, new() { ["id"] = themeId }), cancellationToken)).Single().GetStrings("ids");

    /// <summary>Nodes whose required reference points at this one (functions of an intervention, themes of a domain, ...).</summary>
    public async Task<IReadOnlyList<string>> RequiredDependentsAsync(string label, string studyId, string id, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(Statement(M.RequiredDependents, Key(label, studyId, id)), cancellationToken)).Single().GetStrings("dependents");

    public async Task<T> CreateStudyAsync<T>(string id, IReadOnlyDictionary<string, object?> props, CancellationToken cancellationToken = default)
    {
        try
        {
            return ReadBack<T>("Study", await database.RunAsync([Statement(M.CreateStudy, new() { ["id"] = id, ["props"] = props }), Logged(id, "createStudy", id, props), Read("Study", id)], cancellationToken))!;
        }
        catch (Neo4jConflictException)
        {
            throw RequestException.Conflict("input.id", $"a study '{id}' already exists");
        }
    }

    /// <summary>Sets the given properties (null removes one); null when the study is gone.</summary>
    public async Task<T?> UpdateStudyAsync<T>(string id, IReadOnlyDictionary<string, object?> props, CancellationToken cancellationToken = default) =>
        ReadBack<T>("Study", await database.RunAsync(
            props.Count == 0 ? [Read("Study", id)] : [Lock(id), Statement(M.UpdateStudy, new() { ["id"] = id, ["props"] = props }), Logged(id, "updateStudy", id, props), Read("Study", id)],
            cancellationToken));

    /// <summary>Deletes the study and every node of it; answers how many parts were removed.</summary>
    public async Task<int> DeleteStudyAsync(string studyId, CancellationToken cancellationToken = default) =>
        (int)(await database.RunAsync([Lock(studyId), ChangeLog.Record(studyId, "deleteStudy", studyId, "deleted the study"), Statement(M.DeleteStudy, new() { ["studyId"] = studyId })], cancellationToken))[^1].Single().GetInt64("removed");

    /// <summary>
    /// Creates a node last in its study's order, with the relationships given (input field → target id or canonical
    /// name). The ordinal is computed under the study's write lock, so parallel creates never share one.
    /// </summary>
    public async Task<T> CreatePartAsync<T>(
        string label, string studyId, string id, IReadOnlyDictionary<string, object?> props, IReadOnlyDictionary<string, object?> relationships,
        CancellationToken cancellationToken = default)
    {
        var writes = new List<CypherStatement> { Lock(studyId, creating: id) };
        writes.Add(Statement(WriteQueries.Of(label).CreateQuery!, new() { ["studyId"] = studyId, ["id"] = id, ["props"] = props }));
        writes.AddRange(SetRelationships(label, id, relationships));
        writes.Add(Statement(M.TouchStudy, new() { ["studyId"] = studyId }));
        writes.Add(Logged(studyId, "create" + label, id, props, relationships));
        writes.Add(Read(label, id));
        IReadOnlyList<CypherResult> results;
        try
        {
            results = await database.RunAsync(writes, cancellationToken);
        }
        catch (Neo4jConflictException)
        {
            throw RequestException.Conflict("input.id", $"'{id}' is already in use");
        }

        return results[0].Single().GetBoolean("found")
            ? ReadBack<T>(label, results)!
            : throw RequestException.NotFound("input.studyId", $"no study '{studyId}'");
    }

    /// <summary>Sets the given properties (null removes one) and relationships; null when the node is gone.</summary>
    public async Task<T?> UpdatePartAsync<T>(
        string label, string studyId, string id, IReadOnlyDictionary<string, object?> props, IReadOnlyDictionary<string, object?> relationships,
        CancellationToken cancellationToken = default)
    {
        var writes = new List<CypherStatement>();
        if (props.Count > 0)
        {
            writes.Add(Statement(M.UpdatePart, new(Key(label, studyId, id)) { ["props"] = props }));
        }

        writes.AddRange(SetRelationships(label, id, relationships));
        if (writes.Count > 0)
        {
            writes.Insert(0, Lock(studyId));
            writes.Add(Statement(M.TouchStudy, new() { ["studyId"] = studyId }));
            writes.Add(Logged(studyId, "update" + label, id, props, relationships));
        }

        writes.Add(Read(label, id));
        return ReadBack<T>(label, await database.RunAsync(writes, cancellationToken));
    }

    /// <summary>Deletes one node with its relationships; answers the nodes that lost an optional reference to it (null when it was gone).</summary>
    public async Task<IReadOnlyList<string>?> DeletePartAsync(string label, string studyId, string id, CancellationToken cancellationToken = default)
    {
        var results = await database.RunAsync(
            [Lock(studyId), Statement(M.DeletePart, Key(label, studyId, id)), Statement(M.TouchStudy, new() { ["studyId"] = studyId }),
             ChangeLog.Record(studyId, "delete" + label, id, $"deleted {label} '{id}'")], cancellationToken);
        return results[1].Records.Count == 0 ? null : results[1].Single().GetStrings("cleared");
    }

    /// <summary>Adds (or, with <paramref name="connect"/> false, removes) the relationship; reads the start node back (null when it is gone).</summary>
    public async Task<T?> ConnectAsync<T>(
        string relationshipType, string studyId, string fromId, string toId, string toLabel, bool connect, CancellationToken cancellationToken = default)
    {
        var writes = WriteQueries.Relations[relationshipType];
        var parameters = new Dictionary<string, object?> { ["studyId"] = studyId, ["fromId"] = fromId, ["toId"] = toId, ["toLabel"] = toLabel };
        var results = await database.RunAsync(
        [
            Lock(studyId),
            QueryCatalog.Embedded.Statement(connect ? writes.ConnectQuery : writes.DisconnectQuery, parameters),
            Statement(M.TouchStudy, new() { ["studyId"] = studyId }),
            ChangeLog.Record(studyId, (connect ? "connect " : "disconnect ") + relationshipType, fromId, $"{(connect ? "connected" : "disconnected")} '{fromId}' {relationshipType} '{toId}'"),
            ReadQuery(writes.NodeQuery, fromId),
        ], cancellationToken);
        return results[^1].Records.Count == 0 ? default : (T)writes.Map(results[^1].Single());
    }

    /// <summary>The change log entry of a create or update: which fields and relationships it set.</summary>
    private static CypherStatement Logged(
        string studyId, string action, string id, IReadOnlyDictionary<string, object?> props, IReadOnlyDictionary<string, object?>? relationships = null)
    {
        var fields = props.Keys.Concat(relationships?.Keys ?? []).Order(StringComparer.Ordinal).ToList();
        return ChangeLog.Record(studyId, action, id, fields.Count == 0 ? action : $"set {string.Join(", ", fields)}");
    }

    private static CypherStatement Lock(string studyId, string? creating = null) =>
        Statement(M.LockStudy, new() { ["studyId"] = studyId, ["id"] = creating });

    private static IEnumerable<CypherStatement> SetRelationships(string label, string id, IReadOnlyDictionary<string, object?> relationships) =>
        relationships.Select(r => Statement(WriteQueries.SetQuery(label, r.Key), new() { ["id"] = id, ["targetId"] = r.Value }));

    private static Dictionary<string, object?> Key(string label, string studyId, string id) =>
        new() { ["studyId"] = studyId, ["id"] = id, ["label"] = label };

    private static T? ReadBack<T>(string label, IReadOnlyList<CypherResult> results) =>
        results[^1].Records.Count == 0 ? default : (T)WriteQueries.Of(label).Map(results[^1].Single());

    private static CypherStatement Read(string label, string id) => ReadQuery(WriteQueries.Of(label).NodeQuery, id);

    private static CypherStatement ReadQuery(string nodeQuery, string id) =>
        QueryCatalog.Embedded.Statement(nodeQuery, new Dictionary<string, object?> { ["ids"] = new[] { id }, ["withText"] = true });

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) => QueryCatalog.Embedded.Statement(name, parameters);
}

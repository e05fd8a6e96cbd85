using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.Neo4j.Reading;

/// <summary>
/// Which of the study ids a request names are not stored, looked up through the unique Study(id) index. Readers that
/// can send it in the same request as their own query use <see cref="Statement"/> and <see cref="Unknown"/>.
/// </summary>
public sealed class StudyIdCheck(IGraphDatabase database)
{
    public static CypherStatement Statement(IReadOnlyCollection<string> studyIds) =>
        QueryCatalog.Embedded.Statement(QueryNames.KnownStudyIds, new Dictionary<string, object?> { ["ids"] = studyIds.Distinct(StringComparer.Ordinal).ToList() });

    /// <summary>The ids of <paramref name="studyIds"/> missing from the answer to <see cref="Statement"/>, each once, in the order asked.</summary>
    public static IReadOnlyList<string> Unknown(IReadOnlyCollection<string> studyIds, CypherResult known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var found = known.Records.Select(r => r.GetString("id")).ToHashSet(StringComparer.Ordinal);
        return studyIds.Where(id => !found.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<string>> UnknownAsync(IReadOnlyCollection<string> studyIds, CancellationToken cancellationToken = default) =>
        studyIds.Count == 0 ? [] : Unknown(studyIds, await database.RunAsync(Statement(studyIds), cancellationToken));
}

namespace RealistGraph.Neo4j.Queries;

internal static partial class QueryNames
{
    /// <summary>The queries of backup and restore (<c>cypher/queries/backup/</c>).</summary>
    public static class Backup
    {
        public const string StudyIds = "queries/backup/study-ids";
        public const string ForgetContentHash = "queries/backup/forget-content-hash";
        public const string DropChangesExcept = "queries/backup/drop-changes-except";
    }
}

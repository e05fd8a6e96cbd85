namespace RealistGraph.Neo4j.Queries;

internal static partial class QueryNames
{
    /// <summary>The queries of backup and restore (<c>cypher/queries/backup/</c>).</summary>
    public static class Backup
    {
        public const string StudyIds = "queries/backup/study-ids";
        public const string MarkRestored = "queries/backup/mark-restored";
        public const string RestoreCommitted = "queries/backup/restore-committed";
    }
}

namespace RealistGraph.Neo4j.Queries;

internal static partial class QueryNames
{
    public static class Suggestions
    {
        public const string FindingTexts = "queries/suggestions/finding-texts";
        public const string FindingsByIds = "queries/suggestions/findings-by-ids";
        public const string Reject = "queries/suggestions/reject";
        public const string Rejections = "queries/suggestions/rejections";
        public const string RestoreRejections = "queries/suggestions/restore-rejections";
        public const string StudyExists = "queries/suggestions/study-exists";
    }
}

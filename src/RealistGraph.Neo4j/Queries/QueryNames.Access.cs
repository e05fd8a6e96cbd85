namespace RealistGraph.Neo4j.Queries;

internal static partial class QueryNames
{
    /// <summary>The API key records (<c>cypher/queries/access/</c>).</summary>
    public static class Access
    {
        public const string CreateKey = "queries/access/create-key";
        public const string KeysByPrefix = "queries/access/keys-by-prefix";
        public const string AllKeys = "queries/access/all-keys";
        public const string RevokeKey = "queries/access/revoke-key";
        public const string RestoreKeys = "queries/access/restore-keys";
    }

    /// <summary>The change log of the studies (<c>cypher/queries/changes/</c>).</summary>
    public static class Changes
    {
        public const string Record = "queries/changes/record";
        public const string RecordStudy = "queries/changes/record-study";
        public const string Page = "queries/changes/page";
        public const string All = "queries/changes/all";
        public const string Restore = "queries/changes/restore";
    }
}

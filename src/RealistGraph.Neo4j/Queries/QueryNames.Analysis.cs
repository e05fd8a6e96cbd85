namespace RealistGraph.Neo4j.Queries;

internal static partial class QueryNames
{
    public static class Analysis
    {
        public const string CogEvidence = "queries/analysis/cog-evidence";
        public const string StatedInteractions = "queries/analysis/stated-interactions";
        public const string StudiesInScope = "queries/analysis/studies-in-scope";
        public const string ParticipantStudy = "queries/analysis/participant-study";
        public const string FindingsOfKind = "queries/analysis/findings-of-kind";
    }

    public static class Links
    {
        public const string All = "queries/links/all";
        public const string OfFindings = "queries/links/of-findings";
        public const string Neighbours = "queries/links/neighbours";
        public const string Create = "queries/links/create";
        public const string ById = "queries/links/by-id";
        public const string Delete = "queries/links/delete";
        public const string FindingsByIds = "queries/nodes/findings-by-ids";
    }
}

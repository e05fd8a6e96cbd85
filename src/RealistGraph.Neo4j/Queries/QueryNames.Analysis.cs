namespace RealistGraph.Neo4j.Queries;

internal static partial class QueryNames
{
    public static class Analysis
    {
        public const string CogThemesOfStudies = "queries/analysis/cog-themes-of-studies";
        public const string CogThemesOfAllStudies = "queries/analysis/cog-themes-of-all-studies";
        public const string CogThemesOfParticipant = "queries/analysis/cog-themes-of-participant";
        public const string CogTalliesOfStudies = "queries/analysis/cog-tallies-of-studies";
        public const string CogTalliesOfAllStudies = "queries/analysis/cog-tallies-of-all-studies";
        public const string CogTalliesOfParticipant = "queries/analysis/cog-tallies-of-participant";
        public const string StatedInteractionsOfStudies = "queries/analysis/stated-interactions-of-studies";
        public const string StatedInteractionsOfAllStudies = "queries/analysis/stated-interactions-of-all-studies";
        public const string StudiesInScope = "queries/analysis/studies-in-scope";
        public const string AllStudyIds = "queries/analysis/all-study-ids";
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
        public const string ByEnds = "queries/links/by-ends";
        public const string Delete = "queries/links/delete";
        public const string FindingsByIds = "queries/nodes/findings-by-ids";
    }
}

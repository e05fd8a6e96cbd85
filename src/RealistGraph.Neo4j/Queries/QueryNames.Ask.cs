namespace RealistGraph.Neo4j.Queries;

internal static partial class QueryNames
{
    /// <summary>Root pages whose optional study filter picks the query (no <c>$x IS NULL OR</c> in the Cypher).</summary>
    public static class ScopedPages
    {
        public const string Contexts = "queries/pages/contexts/all";
        public const string ContextsInStudies = "queries/pages/contexts/in-studies";
        public const string Activities = "queries/pages/activities/all";
        public const string ActivitiesInStudies = "queries/pages/activities/in-studies";
    }

    /// <summary>Nested lists read a page at a time for many parents at once, with each parent's total.</summary>
    public static class ChildPages
    {
        public const string StudyQuotes = "queries/child-pages/study-quotes";
        public const string StudyQuotesOfOne = "queries/child-pages/study-quotes-of-one";
        public const string StudyThemes = "queries/child-pages/study-themes";
        public const string StudyThemesOfOne = "queries/child-pages/study-themes-of-one";
        public const string StudyParticipants = "queries/child-pages/study-participants";
        public const string StudyParticipantsOfOne = "queries/child-pages/study-participants-of-one";
        public const string ThemeQuotes = "queries/child-pages/theme-quotes";
        public const string ThemeQuotesOfOne = "queries/child-pages/theme-quotes-of-one";
        public const string ParticipantQuotes = "queries/child-pages/participant-quotes";
        public const string ParticipantQuotesOfOne = "queries/child-pages/participant-quotes-of-one";
        public const string DomainThemes = "queries/child-pages/domain-themes";
        public const string DomainThemesOfOne = "queries/child-pages/domain-themes-of-one";
        public const string FunctionActivities = "queries/child-pages/function-activities";
        public const string FunctionActivitiesOfOne = "queries/child-pages/function-activities-of-one";
        public const string FunctionQuotes = "queries/child-pages/function-quotes";
        public const string FunctionQuotesOfOne = "queries/child-pages/function-quotes-of-one";
        public const string ActivityQuotes = "queries/child-pages/activity-quotes";
        public const string ActivityQuotesOfOne = "queries/child-pages/activity-quotes-of-one";
        public const string MechanismQuotes = "queries/child-pages/mechanism-quotes";
        public const string MechanismQuotesOfOne = "queries/child-pages/mechanism-quotes-of-one";
        public const string CmoQuotes = "queries/child-pages/cmo-quotes";
        public const string CmoQuotesOfOne = "queries/child-pages/cmo-quotes-of-one";
    }

    public static class Search
    {
        public const string Everywhere = "queries/search/everywhere";
        public const string InStudies = "queries/search/in-studies";
    }
}

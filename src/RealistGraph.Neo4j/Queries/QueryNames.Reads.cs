namespace RealistGraph.Neo4j.Queries;

internal static partial class QueryNames
{
    /// <summary>
    /// A page query per filter that an index can serve (ids, studies, domains, themes, participants, polarities), chosen by
    /// <c>RecordReader</c> when that filter is given, so that Neo4j starts from an index instead of every node of the label.
    /// </summary>
    public static class PageAnchors
    {
        public const string CmoConfigurationsByIds = "queries/pages/cmo-configurations/by-ids";
        public const string CmoConfigurationsOfStudies = "queries/pages/cmo-configurations/of-studies";
        public const string DomainsByIds = "queries/pages/domains/by-ids";
        public const string DomainsOfStudies = "queries/pages/domains/of-studies";
        public const string FunctionsByIds = "queries/pages/functions/by-ids";
        public const string FunctionsOfStudies = "queries/pages/functions/of-studies";
        public const string InterventionsByIds = "queries/pages/interventions/by-ids";
        public const string InterventionsOfStudies = "queries/pages/interventions/of-studies";
        public const string MechanismsByIds = "queries/pages/mechanisms/by-ids";
        public const string MechanismsOfStudies = "queries/pages/mechanisms/of-studies";
        public const string OutcomesByIds = "queries/pages/outcomes/by-ids";
        public const string OutcomesOfStudies = "queries/pages/outcomes/of-studies";
        public const string ParticipantsByIds = "queries/pages/participants/by-ids";
        public const string ParticipantsOfStudies = "queries/pages/participants/of-studies";
        public const string QuotesByIds = "queries/pages/quotes/by-ids";
        public const string QuotesOfParticipants = "queries/pages/quotes/of-participants";
        public const string QuotesOfStudies = "queries/pages/quotes/of-studies";
        public const string QuotesOfThemes = "queries/pages/quotes/of-themes";
        public const string StudiesByIds = "queries/pages/studies/by-ids";
        public const string ThemesByIds = "queries/pages/themes/by-ids";
        public const string ThemesOfDomains = "queries/pages/themes/of-domains";
        public const string ThemesOfPolarities = "queries/pages/themes/of-polarities";
        public const string ThemesOfStudies = "queries/pages/themes/of-studies";
    }

    /// <summary>Relations read as ids only, when a selection asks for nothing else of the children.</summary>
    public static class RelationIds
    {
        public const string ThemeQuotes = "queries/relations/theme-quote-ids";
        public const string StudyQuotes = "queries/relations/study-quote-ids";
        public const string ParticipantQuotes = "queries/relations/participant-quote-ids";
    }
}

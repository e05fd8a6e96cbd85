namespace RealistGraph.Neo4j.Queries;

/// <summary>The names of the query files the code runs. A test checks that each has a file and each file a name.</summary>
internal static partial class QueryNames
{
    public const string AppliedMigrations = "queries/schema/applied-migrations";
    public const string RecordMigration = "queries/schema/record-migration";
    public const string ServerComponents = "queries/health/server-components";
    public const string HeapUsage = "queries/health/heap-usage";
    public const string CountStudies = "queries/studies/count";
    public const string KnownStudyIds = "queries/studies/known-ids";
    public const string ClearGraph = "queries/maintenance/clear-graph";

    public static class Import
    {
        public const string LockStudy = "queries/import/lock-study";
        public const string StudyState = "queries/import/study-state";
        public const string LinksTouchingStudy = "queries/import/links-touching-study";
        public const string DeleteStudy = "queries/import/delete-study";
        public const string DeleteStudyPartsBatch = "queries/import/delete-study-parts-batch";
        public const string CreateStudy = "queries/import/create-study";
        public const string CreateInterventions = "queries/import/create-interventions";
        public const string CreateFunctions = "queries/import/create-functions";
        public const string CreateActivities = "queries/import/create-activities";
        public const string CreateDomains = "queries/import/create-domains";
        public const string CreateThemes = "queries/import/create-themes";
        public const string LinkSubthemes = "queries/import/link-subthemes";
        public const string CreateParticipants = "queries/import/create-participants";
        public const string CreateQuotes = "queries/import/create-quotes";
        public const string CreateContexts = "queries/import/create-contexts";
        public const string CreateMechanisms = "queries/import/create-mechanisms";
        public const string CreateOutcomes = "queries/import/create-outcomes";
        public const string CreateCmoConfigurations = "queries/import/create-cmo-configurations";
        public const string CreateInteractions = "queries/import/create-interactions";
        public const string CreateLinks = "queries/import/create-links";
        public const string ImportCommitted = "queries/import/import-committed";

        /// <summary>The file that writes one kind of edge to one kind of target, e.g. <c>queries/import/evidences-theme</c>.</summary>
        public static string Edge(Domain.Model.EdgeKind kind, Domain.Model.NodeKind target) =>
            $"queries/import/{Kebab(kind.ToString())}-{Kebab(target.ToString())}";

        private static string Kebab(string pascal) =>
            string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

    public static class Export
    {
        public const string Study = "queries/export/study";
        public const string Interventions = "queries/export/interventions";
        public const string Functions = "queries/export/functions";
        public const string Activities = "queries/export/activities";
        public const string Domains = "queries/export/domains";
        public const string Themes = "queries/export/themes";
        public const string Participants = "queries/export/participants";
        public const string Quotes = "queries/export/quotes";
        public const string Contexts = "queries/export/contexts";
        public const string Mechanisms = "queries/export/mechanisms";
        public const string Outcomes = "queries/export/outcomes";
        public const string CmoConfigurations = "queries/export/cmo-configurations";
        public const string Interactions = "queries/export/interactions";
        public const string Edges = "queries/export/edges";
        public const string Links = "queries/export/links";
    }

    public static class Nodes
    {
        public const string Study = "queries/nodes/study-by-ids";
        public const string Domain = "queries/nodes/domain-by-ids";
        public const string Theme = "queries/nodes/theme-by-ids";
        public const string Participant = "queries/nodes/participant-by-ids";
        public const string Quote = "queries/nodes/quote-by-ids";
        public const string Intervention = "queries/nodes/intervention-by-ids";
        public const string Function = "queries/nodes/function-by-ids";
        public const string Activity = "queries/nodes/activity-by-ids";
        public const string Context = "queries/nodes/context-by-ids";
        public const string Mechanism = "queries/nodes/mechanism-by-ids";
        public const string Outcome = "queries/nodes/outcome-by-ids";
        public const string CmoConfiguration = "queries/nodes/cmo-configuration-by-ids";
        public const string DomainInteraction = "queries/nodes/domain-interaction-by-ids";
    }

    public static class Relations
    {
        public const string StudyDomains = "queries/relations/study-domains";
        public const string StudyThemes = "queries/relations/study-themes";
        public const string StudyParticipants = "queries/relations/study-participants";
        public const string StudyQuotes = "queries/relations/study-quotes";
        public const string StudyInterventions = "queries/relations/study-interventions";
        public const string StudyContexts = "queries/relations/study-contexts";
        public const string StudyMechanisms = "queries/relations/study-mechanisms";
        public const string StudyOutcomes = "queries/relations/study-outcomes";
        public const string StudyCmoConfigurations = "queries/relations/study-cmo-configurations";
        public const string StudyInteractions = "queries/relations/study-interactions";
        public const string DomainThemes = "queries/relations/domain-themes";
        public const string ThemeQuotes = "queries/relations/theme-quotes";
        public const string ThemeSubthemes = "queries/relations/theme-subthemes";
        public const string ThemeCmoConfigurations = "queries/relations/theme-cmo-configurations";
        public const string QuoteThemes = "queries/relations/quote-themes";
        public const string QuoteMechanisms = "queries/relations/quote-mechanisms";
        public const string QuoteCmoConfigurations = "queries/relations/quote-cmo-configurations";
        public const string QuoteFunctions = "queries/relations/quote-functions";
        public const string QuoteActivities = "queries/relations/quote-activities";
        public const string ParticipantQuotes = "queries/relations/participant-quotes";
        public const string InterventionFunctions = "queries/relations/intervention-functions";
        public const string InterventionActivities = "queries/relations/intervention-activities";
        public const string FunctionActivities = "queries/relations/function-activities";
        public const string FunctionQuotes = "queries/relations/function-quotes";
        public const string FunctionCmoConfigurations = "queries/relations/function-cmo-configurations";
        public const string ActivityFunctions = "queries/relations/activity-functions";
        public const string ActivityQuotes = "queries/relations/activity-quotes";
        public const string ActivityCmoConfigurations = "queries/relations/activity-cmo-configurations";
        public const string MechanismQuotes = "queries/relations/mechanism-quotes";
        public const string MechanismCmoConfigurations = "queries/relations/mechanism-cmo-configurations";
        public const string ContextCmoConfigurations = "queries/relations/context-cmo-configurations";
        public const string OutcomeCmoConfigurations = "queries/relations/outcome-cmo-configurations";
        public const string CmoThemes = "queries/relations/cmo-themes";
        public const string CmoFunctions = "queries/relations/cmo-functions";
        public const string CmoActivities = "queries/relations/cmo-activities";
        public const string CmoQuotes = "queries/relations/cmo-quotes";
    }

    public static class Pages
    {
        public const string Studies = "queries/pages/studies/all";
        public const string Domains = "queries/pages/domains/all";
        public const string Themes = "queries/pages/themes/all";
        public const string Quotes = "queries/pages/quotes/all";
        public const string Participants = "queries/pages/participants/all";
        public const string Interventions = "queries/pages/interventions/all";
        public const string Functions = "queries/pages/functions/all";
        public const string Mechanisms = "queries/pages/mechanisms/all";
        public const string Outcomes = "queries/pages/outcomes/all";
        public const string CmoConfigurations = "queries/pages/cmo-configurations/all";
    }
}

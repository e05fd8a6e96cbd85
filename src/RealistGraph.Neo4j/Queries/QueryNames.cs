namespace RealistGraph.Neo4j.Queries;

/// <summary>The names of the query files the code runs. A test checks that each has a file and each file a name.</summary>
public static class QueryNames
{
    public const string AppliedMigrations = "queries/schema/applied-migrations";
    public const string RecordMigration = "queries/schema/record-migration";
    public const string ServerComponents = "queries/health/server-components";

    public static class Import
    {
        public const string StudyState = "queries/import/study-state";
        public const string LinksTouchingStudy = "queries/import/links-touching-study";
        public const string DeleteStudy = "queries/import/delete-study";
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
}

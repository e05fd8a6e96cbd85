namespace RealistGraph.Neo4j.Queries;

internal static partial class QueryNames
{
    /// <summary>The queries of the write API (<c>cypher/queries/mutations/</c>).</summary>
    public static class Mutations
    {
        public const string LookupStudies = "queries/mutations/lookup-studies";
        public const string LookupParts = "queries/mutations/lookup-parts";
        public const string ThemeAncestors = "queries/mutations/theme-ancestors";
        public const string RequiredDependents = "queries/mutations/required-dependents";
        public const string TouchStudy = "queries/mutations/touch-study";
        public const string LockStudy = "queries/mutations/lock-study";

        public const string CreateStudy = "queries/mutations/create-study";
        public const string UpdateStudy = "queries/mutations/update-study";
        public const string DeleteStudy = "queries/mutations/delete-study";

        public const string CreateIntervention = "queries/mutations/create-intervention";
        public const string CreateFunction = "queries/mutations/create-function";
        public const string CreateActivity = "queries/mutations/create-activity";
        public const string CreateDomain = "queries/mutations/create-domain";
        public const string CreateTheme = "queries/mutations/create-theme";
        public const string CreateParticipant = "queries/mutations/create-participant";
        public const string CreateQuote = "queries/mutations/create-quote";
        public const string CreateContext = "queries/mutations/create-context";
        public const string CreateMechanism = "queries/mutations/create-mechanism";
        public const string CreateOutcome = "queries/mutations/create-outcome";
        public const string CreateCmoConfiguration = "queries/mutations/create-cmo-configuration";
        public const string CreateDomainInteraction = "queries/mutations/create-domain-interaction";

        public const string UpdatePart = "queries/mutations/update-part";
        public const string DeletePart = "queries/mutations/delete-part";

        public const string SetFunctionIntervention = "queries/mutations/set-function-intervention";
        public const string SetActivityIntervention = "queries/mutations/set-activity-intervention";
        public const string SetDomainCanonical = "queries/mutations/set-domain-canonical";
        public const string SetThemeDomain = "queries/mutations/set-theme-domain";
        public const string SetThemeParent = "queries/mutations/set-theme-parent";
        public const string SetQuoteParticipant = "queries/mutations/set-quote-participant";
        public const string SetCmoContext = "queries/mutations/set-cmo-context";
        public const string SetCmoMechanism = "queries/mutations/set-cmo-mechanism";
        public const string SetCmoOutcome = "queries/mutations/set-cmo-outcome";
        public const string SetInteractionFrom = "queries/mutations/set-interaction-from";
        public const string SetInteractionTo = "queries/mutations/set-interaction-to";

        public const string ConnectEvidences = "queries/mutations/connect-evidences";
        public const string DisconnectEvidences = "queries/mutations/disconnect-evidences";
        public const string ConnectInvolves = "queries/mutations/connect-involves";
        public const string DisconnectInvolves = "queries/mutations/disconnect-involves";
        public const string ConnectEnactedBy = "queries/mutations/connect-enacted-by";
        public const string DisconnectEnactedBy = "queries/mutations/disconnect-enacted-by";
    }
}

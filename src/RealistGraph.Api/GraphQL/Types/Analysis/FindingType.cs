using GraphQL.Types;

namespace RealistGraph.Api.GraphQL.Types.Analysis;

/// <summary>What cross-study links and link suggestions join: a finding of any kind.</summary>
public sealed class FindingType : UnionGraphType
{
    public FindingType()
    {
        Name = "Finding";
        Description = "A finding of a study that can be linked to findings of other studies.";
        Type<ThemeType>();
        Type<MechanismType>();
        Type<ContextType>();
        Type<OutcomeType>();
        Type<CmoConfigurationType>();
        Type<InterventionType>();
        Type<FunctionType>();
        Type<ActivityType>();
    }
}

public sealed class FindingKindType : EnumerationGraphType
{
    public FindingKindType()
    {
        Name = "FindingKind";
        Description = "The kinds of finding.";
        Add("THEME", "Theme", "Themes.");
        Add("MECHANISM", "Mechanism", "Mechanisms.");
        Add("CONTEXT", "Context", "Contexts.");
        Add("OUTCOME", "Outcome", "Outcomes.");
        Add("CMO_CONFIGURATION", "CmoConfiguration", "CMO configurations.");
        Add("INTERVENTION", "Intervention", "Interventions.");
        Add("FUNCTION", "Function", "Intervention functions.");
        Add("ACTIVITY", "Activity", "Activities.");
    }
}

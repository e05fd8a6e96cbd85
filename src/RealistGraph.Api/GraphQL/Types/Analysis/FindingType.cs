using GraphQL.Types;
using RealistGraph.Domain.Model;

namespace RealistGraph.Api.GraphQL.Types.Analysis;

/// <summary>What cross-study links and link suggestions join: a finding of any kind.</summary>
public sealed class FindingType : UnionGraphType
{
    public FindingType()
    {
        Name = "Finding";
        Description = "A finding of a study that can be linked to findings of other studies: any of its themes, mechanisms, contexts, outcomes, "
            + "CMO configurations, interventions, functions and activities.";
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

public sealed class FindingKindType : EnumerationGraphType<FindingKind>
{
    public FindingKindType()
    {
        Name = "FindingKind";
        Description = "The kinds of finding: each can start or end a link.";
    }
}

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
        AddFindingTypes(this);
    }

    /// <summary>The object types of the eight finding kinds, in the order of <see cref="FindingKind"/>.</summary>
    public static void AddFindingTypes(UnionGraphType union)
    {
        union.Type<ThemeType>();
        union.Type<MechanismType>();
        union.Type<ContextType>();
        union.Type<OutcomeType>();
        union.Type<CmoConfigurationType>();
        union.Type<InterventionType>();
        union.Type<FunctionType>();
        union.Type<ActivityType>();
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

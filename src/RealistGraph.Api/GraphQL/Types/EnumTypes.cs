using GraphQL.Types;
using RealistGraph.Domain.Model;

namespace RealistGraph.Api.GraphQL.Types;

public sealed class PolarityType : EnumerationGraphType<Polarity>
{
    public PolarityType()
    {
        Name = "Polarity";
        Description = "Which way a finding pushes: towards the outcome (SUPPORT), against it (THREAT), or both (MIXED).";
    }
}

public sealed class OutcomeValenceType : EnumerationGraphType<OutcomeValence>
{
    public OutcomeValenceType()
    {
        Name = "OutcomeValence";
        Description = "Whether an outcome is desired (POSITIVE), harmful (NEGATIVE) or both (MIXED).";
    }
}

public sealed class ConfidenceType : EnumerationGraphType<Confidence>
{
    public ConfidenceType()
    {
        Name = "Confidence";
        Description = "How strongly the evidence supports a CMO configuration, as the study judged it.";
    }
}

public sealed class InteractionKindType : EnumerationGraphType<InteractionKind>
{
    public InteractionKindType()
    {
        Name = "InteractionKind";
        Description = "REINFORCING: two domains push the same way; COUNTERING: one pushes against the other.";
    }
}

public sealed class LinkRelationType : EnumerationGraphType<LinkRelation>
{
    public LinkRelationType()
    {
        Name = "LinkRelation";
        Description = "How a finding relates to a finding of another study: CORROBORATES and SIMILAR_TO say they are the same finding "
            + "(only these make findings recur together); CONTRADICTS, the opposite; REFINES narrows or qualifies it; EXTENDS carries it further; "
            + "ADDRESSES, from an intervention, function or activity, acts on it (often a threat).";
    }
}

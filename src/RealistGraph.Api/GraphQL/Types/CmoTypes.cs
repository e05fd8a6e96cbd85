using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types;

public sealed class ContextType : RecordType<Context>
{
    public ContextType()
    {
        Name = "Context";
        Description = "The circumstances in which a mechanism fires (the C of a CMO configuration).";
        Id(c => c.Id, "Global id: {study}/{local id}.");
        Field(c => c.Description).Description("The context.");
        Field(c => c.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study's id.");
        Many<CmoConfigurationType>("cmoConfigurations", "CMO configurations set in this context.", c => c.Loaders().Children(Relations.ContextCmoConfigurations, c.Source.Id));
        Many<Analysis.FindingLinkType>("links", "Links to and from findings of other studies.", c => c.Loaders().Children(Relations.FindingLinks, c.Source.Id));
    }
}

public sealed class MechanismType : RecordType<Mechanism>
{
    public MechanismType()
    {
        Name = "Mechanism";
        Description = "How people respond to what an intervention offers: a resource and the reasoning it triggers.";
        Id(m => m.Id, "Global id: {study}/{local id}.");
        Field(m => m.Name).Description("A short name for the mechanism.");
        Field(m => m.Resource, nullable: true).Description("What is offered.");
        Field(m => m.Reasoning, nullable: true).Description("How people reason and respond.");
        Field(m => m.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study's id.");
        One<StudyType>("study", "The study that identifies it.", c => c.Loaders().Node(Nodes.Study, c.Source.StudyId));
        Many<QuoteType>("quotes", "Quotes that evidence the mechanism.", c => c.Loaders().Children(Relations.MechanismQuotes, c.Source.Id, c.Selects("text")));
        Paging.ChildConnections.Add<QuoteType, Quote, Mechanism>(this, "quotes", "Quotes that evidence the mechanism.", ChildPages.MechanismQuotes, x => x.Id, "text");
        Many<CmoConfigurationType>("cmoConfigurations", "CMO configurations that run through it.", c => c.Loaders().Children(Relations.MechanismCmoConfigurations, c.Source.Id));
        Many<Analysis.FindingLinkType>("links", "Links to and from findings of other studies.", c => c.Loaders().Children(Relations.FindingLinks, c.Source.Id));
    }
}

public sealed class OutcomeType : RecordType<Outcome>
{
    public OutcomeType()
    {
        Name = "Outcome";
        Description = "What a mechanism produces (the O of a CMO configuration).";
        Id(o => o.Id, "Global id: {study}/{local id}.");
        Field(o => o.Description).Description("The outcome.");
        Field(o => o.Valence, type: typeof(NonNullGraphType<OutcomeValenceType>)).Description("Whether the outcome is desired.");
        Field(o => o.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study's id.");
        Many<CmoConfigurationType>("cmoConfigurations", "The CMO configurations that lead to it: its evidence chain.", c => c.Loaders().Children(Relations.OutcomeCmoConfigurations, c.Source.Id));
        Many<Analysis.FindingLinkType>("links", "Links to and from findings of other studies.", c => c.Loaders().Children(Relations.FindingLinks, c.Source.Id));
    }
}

public sealed class CmoConfigurationType : RecordType<CmoConfiguration>
{
    public CmoConfigurationType()
    {
        Name = "CmoConfiguration";
        Description = "One claim: in context C, mechanism M produces outcome O, with the evidence behind it.";
        Id(c => c.Id, "Global id: {study}/{local id}.");
        Field(c => c.Statement).Description("The claim in words.");
        Field(c => c.Confidence, type: typeof(ConfidenceType)).Description("How strongly the study judges it supported.");
        Field(c => c.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study's id.");
        One<StudyType>("study", "The study that proposes it.", c => c.Loaders().Node(Nodes.Study, c.Source.StudyId));
        One<ContextType>("context", "The context (C).", c => c.Loaders().Node(Nodes.Context, c.Source.ContextId));
        One<MechanismType>("mechanism", "The mechanism (M).", c => c.Loaders().Node(Nodes.Mechanism, c.Source.MechanismId));
        One<OutcomeType>("outcome", "The outcome (O).", c => c.Loaders().Node(Nodes.Outcome, c.Source.OutcomeId));
        Many<ThemeType>("themes", "Themes involved in the claim.", c => c.Loaders().Children(Relations.CmoThemes, c.Source.Id, c.Selects("summary")));
        Many<FunctionType>("functions", "Intervention functions involved.", c => c.Loaders().Children(Relations.CmoFunctions, c.Source.Id));
        Many<ActivityType>("activities", "Intervention activities involved.", c => c.Loaders().Children(Relations.CmoActivities, c.Source.Id));
        Many<QuoteType>("quotes", "Quotes that evidence the claim.", c => c.Loaders().Children(Relations.CmoQuotes, c.Source.Id, c.Selects("text")));
        Paging.ChildConnections.Add<QuoteType, Quote, CmoConfiguration>(this, "quotes", "Quotes that evidence the claim.", ChildPages.CmoQuotes, x => x.Id, "text");
        Many<Analysis.FindingLinkType>("links", "Links to and from findings of other studies.", c => c.Loaders().Children(Relations.FindingLinks, c.Source.Id));
    }
}

public sealed class DomainInteractionType : RecordType<DomainInteraction>
{
    public DomainInteractionType()
    {
        Name = "DomainInteraction";
        Description = "An interaction between two domains that the study's authors state.";
        Id(i => i.Id, "Global id: {study}/{local id}.");
        Field(i => i.Kind, type: typeof(NonNullGraphType<InteractionKindType>)).Description("Reinforcing or countering.");
        Field(i => i.Description).Description("The authors' words for it.");
        One<NonNullGraphType<DomainType>>("from", "The domain that acts.", c => c.Loaders().Node(Nodes.Domain, c.Source.FromDomainId));
        One<NonNullGraphType<DomainType>>("to", "The domain acted on.", c => c.Loaders().Node(Nodes.Domain, c.Source.ToDomainId));
    }
}

using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types;

public sealed class FunctionType : RecordType<InterventionFunction>
{
    public FunctionType()
    {
        Name = "Function";
        Description = "An essential function of an intervention (what it must do), enacted by one or more activities.";
        Id(f => f.Id, "Global id: {study}/{local id}.");
        Field(f => f.Name).Description("The function, e.g. 'encouraging self-reflection'.");
        Field(f => f.Description, nullable: true).Description("What it involves.");
        Field(f => f.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study's id.");
        One<NonNullGraphType<InterventionType>>("intervention", "The intervention it belongs to.", c => c.Loaders().Node(Nodes.Intervention, c.Source.InterventionId));
        Many<ActivityType>("activities", "The activities that enact this function.", c => c.Loaders().Children(Relations.FunctionActivities, c.Source.Id));
        Paging.ChildConnections.Add<ActivityType, Activity, InterventionFunction>(this, "activities", "The activities that enact this function.", ChildPages.FunctionActivities, x => x.Id);
        Many<CmoConfigurationType>("cmoConfigurations", "CMO configurations that involve the function.", c => c.Loaders().Children(Relations.FunctionCmoConfigurations, c.Source.Id));
        Many<QuoteType>("quotes", "Quotes that speak to the function.", c => c.Loaders().Children(Relations.FunctionQuotes, c.Source.Id, c.Selects("text")));
        Many<Analysis.FindingLinkType>("links", "Links to and from findings of other studies.", c => c.Loaders().Children(Relations.FindingLinks, c.Source.Id));
        Paging.ChildConnections.Add<QuoteType, Quote, InterventionFunction>(this, "quotes", "Quotes that speak to the function.", ChildPages.FunctionQuotes, x => x.Id, "text");
    }
}

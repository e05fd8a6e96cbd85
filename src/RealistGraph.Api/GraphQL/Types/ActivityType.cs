using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types;

public sealed class ActivityType : RecordType<Activity>
{
    public ActivityType()
    {
        Name = "Activity";
        Description = "A concrete form an intervention takes (e.g. structured storytelling); it may serve several functions.";
        Id(a => a.Id, "Global id: {study}/{local id}.");
        Field(a => a.Name).Description("The activity.");
        Field(a => a.Description, nullable: true).Description("What happens in it.");
        Field(a => a.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study's id.");
        One<NonNullGraphType<InterventionType>>("intervention", "The intervention it belongs to.", c => c.Loaders().Node(Nodes.Intervention, c.Source.InterventionId));
        Many<FunctionType>("functions", "The functions this activity enacts.", c => c.Loaders().Children(Relations.ActivityFunctions, c.Source.Id));
        Many<CmoConfigurationType>("cmoConfigurations", "CMO configurations that involve the activity.", c => c.Loaders().Children(Relations.ActivityCmoConfigurations, c.Source.Id));
        Many<QuoteType>("quotes", "Quotes that speak to the activity.", c => c.Loaders().Children(Relations.ActivityQuotes, c.Source.Id, c.Selects("text")));
        Many<Analysis.FindingLinkType>("links", "Links to and from findings of other studies.", c => c.Loaders().Children(Relations.FindingLinks, c.Source.Id));
        Paging.ChildConnections.Add<QuoteType, Quote, Activity>(this, "quotes", "Quotes that speak to the activity.", ChildPages.ActivityQuotes, x => x.Id, "text");
    }
}

using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;
using N = RealistGraph.Neo4j.Queries.QueryNames.Nodes;
using R = RealistGraph.Neo4j.Queries.QueryNames.Relations;

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
        One<NonNullGraphType<InterventionType>>("intervention", "The intervention it belongs to.", c => c.Loaders().Node(N.Intervention, GraphRecords.Intervention, c.Source.InterventionId));
        Many<FunctionType>("functions", "The functions this activity enacts.", c => c.Loaders().Children(R.ActivityFunctions, GraphRecords.Function, c.Source.Id));
        Many<CmoConfigurationType>("cmoConfigurations", "CMO configurations that involve the activity.", c => c.Loaders().Children(R.ActivityCmoConfigurations, GraphRecords.Cmo, c.Source.Id));
        Many<QuoteType>("quotes", "Quotes that speak to the activity.", c => c.Loaders().Children(R.ActivityQuotes, GraphRecords.Quote, c.Source.Id, c.Selects("text")));
    }
}

using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types;

public sealed class InterventionType : RecordType<Intervention>
{
    public InterventionType()
    {
        Name = "Intervention";
        Description = "What a study evaluates (or recommends), e.g. a year-long group peer-mentoring institute.";
        Id(i => i.Id, "Global id: {study}/{local id}.");
        Field(i => i.Name).Description("The intervention's name.");
        Field(i => i.Description, nullable: true).Description("What it is.");
        Field(i => i.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study's id.");
        One<StudyType>("study", "The study that evaluates it.", c => c.Loaders().Node(Nodes.Study, c.Source.StudyId));
        Many<FunctionType>("functions", "What the intervention must do: its essential functions.", c => c.Loaders().Children(Relations.InterventionFunctions, c.Source.Id));
        Many<ActivityType>("activities", "The concrete forms it takes.", c => c.Loaders().Children(Relations.InterventionActivities, c.Source.Id));
        Many<Analysis.FindingLinkType>("links", "Links to and from findings of other studies.", c => c.Loaders().Children(Relations.FindingLinks, c.Source.Id));
    }
}

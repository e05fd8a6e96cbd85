using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types.Analysis;

public sealed class FindingLinkType : RecordType<FindingLink>
{
    public FindingLinkType()
    {
        Name = "FindingLink";
        Description = "A typed, justified relation between findings of two studies, and who made it when.";
        Id(l => l.Id, "The link's id.");
        Field(l => l.Relation, type: typeof(NonNullGraphType<LinkRelationType>)).Description("How the first finding relates to the second.");
        Field(l => l.Rationale).Description("Why: the reason the person who made the link gave.");
        Field(l => l.Author).Description("Who made the link.");
        Field(l => l.CreatedAt).Description("When the link was made.");
        One<NonNullGraphType<FindingType>>("from", "The finding the link starts at.", c => c.Loaders().Node(Nodes.Finding, c.Source.FromId, c.Selects("summary")));
        One<NonNullGraphType<FindingType>>("to", "The finding the link points to.", c => c.Loaders().Node(Nodes.Finding, c.Source.ToId, c.Selects("summary")));
    }
}

public sealed record LinkedFinding(string FindingId, int Depth);

public sealed class LinkedFindingType : RecordType<LinkedFinding>
{
    public LinkedFindingType()
    {
        Name = "LinkedFinding";
        Description = "A finding reached through links, and how many links away it is.";
        Field(f => f.Depth).Description("How many links away (1 = linked directly).");
        One<NonNullGraphType<FindingType>>("finding", "The finding.", c => c.Loaders().Node(Nodes.Finding, c.Source.FindingId, c.Selects("summary")));
    }
}

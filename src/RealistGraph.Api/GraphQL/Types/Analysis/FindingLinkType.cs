using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Links;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types.Analysis;

public sealed class FindingLinkType : RecordType<FindingLink>
{
    public FindingLinkType()
    {
        Name = "FindingLink";
        Description = "A typed, justified relation between findings (of any kind) of two studies, and who made it when.";
        Id(l => l.Id, "The link's id.");
        Field(l => l.Relation, type: typeof(NonNullGraphType<LinkRelationType>)).Description("How the first finding relates to the second.");
        Field(l => l.Rationale).Description("Why: the reason the person who made the link gave.");
        Field(l => l.Author).Description("Who made the link.");
        Field(l => l.CreatedAt).Description("When the link was made.");
        Field<NonNullGraphType<IdGraphType>>("fromStudyId").Description("The study of the finding the link starts at.").Resolve(c => StudyIds.StudyOf(c.Source.FromId));
        Field<NonNullGraphType<IdGraphType>>("toStudyId").Description("The study of the finding the link points to.").Resolve(c => StudyIds.StudyOf(c.Source.ToId));
        One<NonNullGraphType<FindingType>>("from", "The finding the link starts at.", c => c.Loaders().Node(Nodes.Finding, c.Source.FromId, c.Selects("summary")));
        One<NonNullGraphType<FindingType>>("to", "The finding the link points to.", c => c.Loaders().Node(Nodes.Finding, c.Source.ToId, c.Selects("summary")));
    }
}

public sealed class LinkDirectionType : EnumerationGraphType
{
    public LinkDirectionType()
    {
        Name = "LinkDirection";
        Description = "Which way a link was followed.";
        Add("OUTGOING", true, "From its start to its end: the link starts at the finding it was followed from.");
        Add("INCOMING", false, "Against its direction: the link ends at the finding it was followed from.");
    }
}

public sealed class LinkedFindingType : RecordType<LinkHop>
{
    public LinkedFindingType()
    {
        Name = "LinkedFinding";
        Description = "A finding reached through links: how far, from which finding, and through which link (its relation and rationale).";
        Field(f => f.Depth).Description("How many links away (1 = linked directly).");
        One<NonNullGraphType<FindingType>>("finding", "The finding.", c => c.Loaders().Node(Nodes.Finding, c.Source.FindingId, c.Selects("summary")));
        One<NonNullGraphType<FindingType>>("via", "The finding it was reached from (the start, at depth 1).", c => c.Loaders().Node(Nodes.Finding, c.Source.ViaId, c.Selects("summary")));
        Field<NonNullGraphType<FindingLinkType>>("link").Description("The link followed to reach it (the oldest, when several join it to the level before).").Resolve(c => c.Source.Link);
        Field<NonNullGraphType<LinkDirectionType>>("direction").Description("OUTGOING when the link starts at via, INCOMING when it ends there.").Resolve(c => c.Source.Outgoing);
        Field<NonNullGraphType<LinkRelationType>>("relation").Description("The relation of the link followed.").Resolve(c => c.Source.Link.Relation);
        Field<NonNullGraphType<StringGraphType>>("rationale").Description("The rationale of the link followed.").Resolve(c => c.Source.Link.Rationale);
    }
}

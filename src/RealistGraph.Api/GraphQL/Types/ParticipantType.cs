using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types;

public sealed class ParticipantType : RecordType<Participant>
{
    public ParticipantType()
    {
        Name = "Participant";
        Description = "A person whose words are quoted, identified as the study labels them.";
        Id(p => p.Id, "Global id: {study}/{local id}.");
        Field(p => p.Label).Description("The study's label for the participant, e.g. 96-F.");
        Field(p => p.Site, nullable: true).Description("The site (school, clinic) the participant belongs to.");
        Field(p => p.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study's id.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttributeType>>>>("attributes")
            .Description("Other attributes recorded for the participant (role, years in post, ...).")
            .Resolve(c => c.Source.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).ToList());
        One<StudyType>("study", "The study the participant took part in.", c => c.Loaders().Node(Nodes.Study, c.Source.StudyId));
        Many<QuoteType>("quotes", "Everything quoted from the participant.", c => c.Loaders().Children(Relations.ParticipantQuotes.Selecting(c.SelectsOnlyId()), c.Source.Id, c.Selects("text")));
        Paging.ChildConnections.Add<QuoteType, Quote, Participant>(this, "quotes", "Everything quoted from the participant.", ChildPages.ParticipantQuotes, x => x.Id, "text");
    }
}

public sealed class AttributeType : ObjectGraphType<KeyValuePair<string, string>>
{
    public AttributeType()
    {
        Name = "Attribute";
        Description = "A named value.";
        Field("name", a => a.Key).Description("The attribute's name.");
        Field(a => a.Value).Description("Its value.");
    }
}

using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types;

public sealed class DomainType : RecordType<StudyDomain>
{
    public DomainType()
    {
        Name = "Domain";
        Description = "A level at which factors act in one study (e.g. personal, social, structural).";
        Id(d => d.Id, "Global id: {study}/{local id}.");
        Field(d => d.Name).Description("The domain's name in the study.");
        Field(d => d.CanonicalDomain).Description("The shared domain it maps onto, for pooling studies with different vocabularies.");
        Field(d => d.Description, nullable: true).Description("What the study means by it.");
        Field(d => d.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study's id.");
        One<StudyType>("study", "The study the domain belongs to.", c => c.Loaders().Node(Nodes.Study, c.Source.StudyId));
        Many<ThemeType>("themes", "The themes in this domain.", c => c.Loaders().Children(Relations.DomainThemes, c.Source.Id, c.Selects("summary")));
        Paging.ChildConnections.Add<ThemeType, Theme, StudyDomain>(this, "themes", "The themes in this domain.", ChildPages.DomainThemes, x => x.Id, "summary");
    }
}

using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types;

public sealed class ThemeType : RecordType<Theme>
{
    public ThemeType()
    {
        Name = "Theme";
        Description = "A finding inside a domain, with the direction it pushes.";
        Id(t => t.Id, "Global id: {study}/{local id}.");
        Field(t => t.Code, nullable: true).Description("The study's own number or code for the theme (e.g. 3.2).");
        Field(t => t.Name).Description("The theme's name as the study gives it.");
        Field(t => t.Summary, nullable: true).Description("What the theme says.");
        Field(t => t.Polarity, type: typeof(NonNullGraphType<PolarityType>)).Description("SUPPORT, THREAT or MIXED, as the study gives it.");
        Field(t => t.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study's id.");
        One<NonNullGraphType<DomainType>>("domain", "The domain the theme belongs to.", c => c.Loaders().Node(Nodes.Domain, c.Source.DomainId));
        One<StudyType>("study", "The study that reports the theme.", c => c.Loaders().Node(Nodes.Study, c.Source.StudyId));
        One<ThemeType>("parent", "The broader theme this one refines, if any.", c => c.Loaders().Node(Nodes.Theme, c.Source.ParentThemeId, c.Selects("summary")));
        Many<ThemeType>("subthemes", "Narrower themes under this one.", c => c.Loaders().Children(Relations.ThemeSubthemes, c.Source.Id, c.Selects("summary")));
        Many<QuoteType>("quotes", "The quotes coded to the theme.", c => c.Loaders().Children(Relations.ThemeQuotes.Selecting(c.SelectsOnlyId()), c.Source.Id, c.Selects("text")));
        Paging.ChildConnections.Add<QuoteType, Quote, Theme>(this, "quotes", "The quotes coded to the theme.", ChildPages.ThemeQuotes, x => x.Id, "text");
        Many<CmoConfigurationType>("cmoConfigurations", "CMO configurations that involve the theme.", c => c.Loaders().Children(Relations.ThemeCmoConfigurations, c.Source.Id));
        Many<Analysis.FindingLinkType>("links", "Links to and from findings of other studies.", c => c.Loaders().Children(Relations.FindingLinks, c.Source.Id));
    }
}

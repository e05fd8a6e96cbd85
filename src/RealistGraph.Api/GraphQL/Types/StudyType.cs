using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types;

public sealed class StudyType : RecordType<Study>
{
    public StudyType()
    {
        Name = "Study";
        Description = "A published or ongoing evaluation and everything it reports.";
        Id(s => s.Id, "The study's id, which prefixes the ids of all its parts.");
        Field(s => s.Title).Description("The study's title.");
        Field(s => s.Authors).Description("Authors in the order of publication.");
        Field(s => s.Year, nullable: true).Description("Year of publication.");
        Field(s => s.Doi, nullable: true).Description("Digital object identifier, without the https://doi.org/ prefix.");
        Field(s => s.Journal, nullable: true).Description("Where it was published.");
        Field(s => s.Design, nullable: true).Description("Study design and methods.");
        Field(s => s.SampleSize, nullable: true).Description("Number of participants in the sample.");
        Field(s => s.Setting, nullable: true).Description("Where and among whom the study was done.");
        Field(s => s.Summary, nullable: true).Description("A summary of the study and its findings.");
        Many<DomainType>("domains", "The levels at which the study groups its findings.", c => c.Loaders().Children(Relations.StudyDomains, c.Source.Id));
        Many<ThemeType>("themes", "The themes the study reports.", c => c.Loaders().Children(Relations.StudyThemes, c.Source.Id, c.Selects("summary")));
        Paging.ChildConnections.Add<ThemeType, Theme, Study>(this, "themes", "The themes the study reports.", ChildPages.StudyThemes, x => x.Id, "summary");
        Many<ParticipantType>("participants", "Participants whose words are quoted.", c => c.Loaders().Children(Relations.StudyParticipants, c.Source.Id));
        Paging.ChildConnections.Add<ParticipantType, Participant, Study>(this, "participants", "Participants whose words are quoted.", ChildPages.StudyParticipants, x => x.Id);
        Many<QuoteType>("quotes", "Every coded quote of the study.", c => c.Loaders().Children(Relations.StudyQuotes.Selecting(c.SelectsOnlyId()), c.Source.Id, c.Selects("text")));
        Paging.ChildConnections.Add<QuoteType, Quote, Study>(this, "quotes", "Every coded quote of the study.", ChildPages.StudyQuotes, x => x.Id, "text");
        Many<InterventionType>("interventions", "What the study evaluates.", c => c.Loaders().Children(Relations.StudyInterventions, c.Source.Id));
        Many<CmoConfigurationType>("cmoConfigurations", "The context-mechanism-outcome claims the study proposes.", c => c.Loaders().Children(Relations.StudyCmoConfigurations, c.Source.Id));
        Many<ContextType>("contexts", "Contexts named in the study's CMO configurations.", c => c.Loaders().Children(Relations.StudyContexts, c.Source.Id));
        Many<MechanismType>("mechanisms", "Mechanisms the study identifies.", c => c.Loaders().Children(Relations.StudyMechanisms, c.Source.Id));
        Many<OutcomeType>("outcomes", "Outcomes the study reports.", c => c.Loaders().Children(Relations.StudyOutcomes, c.Source.Id));
        Many<DomainInteractionType>("interactions", "Interactions between domains that the authors state.", c => c.Loaders().Children(Relations.StudyInteractions, c.Source.Id));
    }
}

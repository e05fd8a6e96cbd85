using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types;

public sealed class QuoteType : RecordType<Quote>
{
    public QuoteType()
    {
        Name = "Quote";
        Description = "A coded excerpt of what a participant said: the evidence behind themes, mechanisms and CMO configurations.";
        Id(q => q.Id, "Global id: {study}/{local id}.");
        Field(q => q.Text).Description("The words, verbatim (shortened with [...] where the study did).");
        Field(q => q.Location, nullable: true).Description("Where the quote stands in the study (section, table, transcript position).");
        Field(q => q.Polarity, type: typeof(PolarityType)).Description("The quote's own polarity, where it pushes differently from its theme; null otherwise.");
        Field(q => q.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study's id.");
        One<ParticipantType>("participant", "Who said it.", c => c.Loaders().Node(Nodes.Participant, c.Source.ParticipantId));
        One<StudyType>("study", "The study the quote comes from.", c => c.Loaders().Node(Nodes.Study, c.Source.StudyId));
        Many<ThemeType>("themes", "The themes the quote is evidence for.", c => c.Loaders().Children(Relations.QuoteThemes, c.Source.Id, c.Selects("summary")));
        Many<MechanismType>("mechanisms", "The mechanisms the quote is evidence for.", c => c.Loaders().Children(Relations.QuoteMechanisms, c.Source.Id));
        Many<CmoConfigurationType>("cmoConfigurations", "The CMO configurations the quote is evidence for.", c => c.Loaders().Children(Relations.QuoteCmoConfigurations, c.Source.Id));
        Many<FunctionType>("functions", "Intervention functions the quote speaks to.", c => c.Loaders().Children(Relations.QuoteFunctions, c.Source.Id));
        Many<ActivityType>("activities", "Intervention activities the quote speaks to.", c => c.Loaders().Children(Relations.QuoteActivities, c.Source.Id));
    }
}

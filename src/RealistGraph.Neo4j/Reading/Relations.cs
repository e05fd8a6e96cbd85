using RealistGraph.Domain.Model;
using I = RealistGraph.Neo4j.Queries.QueryNames.RelationIds;
using R = RealistGraph.Neo4j.Queries.QueryNames.Relations;

namespace RealistGraph.Neo4j.Reading;

/// <summary>Every relationship a reader can follow from many parents at once: <c>ThemeQuotes</c> reads the quotes of themes.</summary>
public static class Relations
{
    public static Relation<StudyDomain> StudyDomains { get; } = new(R.StudyDomains, GraphRecords.Domain);
    public static Relation<Theme> StudyThemes { get; } = new(R.StudyThemes, GraphRecords.Theme);
    public static Relation<Participant> StudyParticipants { get; } = new(R.StudyParticipants, GraphRecords.Participant);
    public static Relation<Quote> StudyQuotes { get; } = new(R.StudyQuotes, GraphRecords.Quote) { IdsOnly = Relation<Quote>.IdLists(I.StudyQuotes, GraphRecords.QuoteId) };
    public static Relation<Intervention> StudyInterventions { get; } = new(R.StudyInterventions, GraphRecords.Intervention);
    public static Relation<Context> StudyContexts { get; } = new(R.StudyContexts, GraphRecords.Context);
    public static Relation<Mechanism> StudyMechanisms { get; } = new(R.StudyMechanisms, GraphRecords.Mechanism);
    public static Relation<Outcome> StudyOutcomes { get; } = new(R.StudyOutcomes, GraphRecords.Outcome);
    public static Relation<CmoConfiguration> StudyCmoConfigurations { get; } = new(R.StudyCmoConfigurations, GraphRecords.Cmo);
    public static Relation<DomainInteraction> StudyInteractions { get; } = new(R.StudyInteractions, GraphRecords.Interaction);
    public static Relation<Theme> DomainThemes { get; } = new(R.DomainThemes, GraphRecords.Theme);
    public static Relation<Quote> ThemeQuotes { get; } = new(R.ThemeQuotes, GraphRecords.Quote) { IdsOnly = Relation<Quote>.IdLists(I.ThemeQuotes, GraphRecords.QuoteId) };
    public static Relation<Theme> ThemeSubthemes { get; } = new(R.ThemeSubthemes, GraphRecords.Theme);
    public static Relation<CmoConfiguration> ThemeCmoConfigurations { get; } = new(R.ThemeCmoConfigurations, GraphRecords.Cmo);
    public static Relation<Theme> QuoteThemes { get; } = new(R.QuoteThemes, GraphRecords.Theme);
    public static Relation<Mechanism> QuoteMechanisms { get; } = new(R.QuoteMechanisms, GraphRecords.Mechanism);
    public static Relation<CmoConfiguration> QuoteCmoConfigurations { get; } = new(R.QuoteCmoConfigurations, GraphRecords.Cmo);
    public static Relation<InterventionFunction> QuoteFunctions { get; } = new(R.QuoteFunctions, GraphRecords.Function);
    public static Relation<Activity> QuoteActivities { get; } = new(R.QuoteActivities, GraphRecords.Activity);
    public static Relation<Quote> ParticipantQuotes { get; } = new(R.ParticipantQuotes, GraphRecords.Quote) { IdsOnly = Relation<Quote>.IdLists(I.ParticipantQuotes, GraphRecords.QuoteId) };
    public static Relation<InterventionFunction> InterventionFunctions { get; } = new(R.InterventionFunctions, GraphRecords.Function);
    public static Relation<Activity> InterventionActivities { get; } = new(R.InterventionActivities, GraphRecords.Activity);
    public static Relation<Activity> FunctionActivities { get; } = new(R.FunctionActivities, GraphRecords.Activity);
    public static Relation<Quote> FunctionQuotes { get; } = new(R.FunctionQuotes, GraphRecords.Quote);
    public static Relation<CmoConfiguration> FunctionCmoConfigurations { get; } = new(R.FunctionCmoConfigurations, GraphRecords.Cmo);
    public static Relation<InterventionFunction> ActivityFunctions { get; } = new(R.ActivityFunctions, GraphRecords.Function);
    public static Relation<Quote> ActivityQuotes { get; } = new(R.ActivityQuotes, GraphRecords.Quote);
    public static Relation<CmoConfiguration> ActivityCmoConfigurations { get; } = new(R.ActivityCmoConfigurations, GraphRecords.Cmo);
    public static Relation<Quote> MechanismQuotes { get; } = new(R.MechanismQuotes, GraphRecords.Quote);
    public static Relation<CmoConfiguration> MechanismCmoConfigurations { get; } = new(R.MechanismCmoConfigurations, GraphRecords.Cmo);
    public static Relation<CmoConfiguration> ContextCmoConfigurations { get; } = new(R.ContextCmoConfigurations, GraphRecords.Cmo);
    public static Relation<CmoConfiguration> OutcomeCmoConfigurations { get; } = new(R.OutcomeCmoConfigurations, GraphRecords.Cmo);
    public static Relation<Theme> CmoThemes { get; } = new(R.CmoThemes, GraphRecords.Theme);
    public static Relation<InterventionFunction> CmoFunctions { get; } = new(R.CmoFunctions, GraphRecords.Function);
    public static Relation<Activity> CmoActivities { get; } = new(R.CmoActivities, GraphRecords.Activity);
    public static Relation<Quote> CmoQuotes { get; } = new(R.CmoQuotes, GraphRecords.Quote);

    /// <summary>The cross-study links that start or end at findings (themes, mechanisms, CMO configurations).</summary>
    public static Relation<FindingLink> FindingLinks { get; } = new(Queries.QueryNames.Links.OfFindings, GraphRecords.Link);
}

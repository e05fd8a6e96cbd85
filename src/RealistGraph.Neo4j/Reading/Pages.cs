using RealistGraph.Domain.Model;
using A = RealistGraph.Neo4j.Queries.QueryNames.PageAnchors;
using P = RealistGraph.Neo4j.Queries.QueryNames.Pages;

namespace RealistGraph.Neo4j.Reading;

/// <summary>
/// The root collections: filtered, ordered pages across all studies. A filter an index can serve (ids, studies, ...)
/// picks a query that starts from that index (<see cref="PageQuery{T}.Anchors"/>).
/// </summary>
public static class Pages
{
    public static PageQuery<Study> Studies { get; } = new(P.Studies, GraphRecords.Study) { Anchors = [("ids", A.StudiesByIds)] };
    public static PageQuery<StudyDomain> Domains { get; } = new(P.Domains, GraphRecords.Domain) { Anchors = [("ids", A.DomainsByIds), ("studyIds", A.DomainsOfStudies)] };
    public static PageQuery<Theme> Themes { get; } = new(P.Themes, GraphRecords.Theme) { Anchors = [("ids", A.ThemesByIds), ("domainIds", A.ThemesOfDomains), ("studyIds", A.ThemesOfStudies), ("polarities", A.ThemesOfPolarities)] };
    public static PageQuery<Quote> Quotes { get; } = new(P.Quotes, GraphRecords.Quote) { Anchors = [("ids", A.QuotesByIds), ("participantIds", A.QuotesOfParticipants), ("themeIds", A.QuotesOfThemes), ("studyIds", A.QuotesOfStudies)] };
    public static PageQuery<Participant> Participants { get; } = new(P.Participants, GraphRecords.Participant) { Anchors = [("ids", A.ParticipantsByIds), ("studyIds", A.ParticipantsOfStudies)] };
    public static PageQuery<Intervention> Interventions { get; } = new(P.Interventions, GraphRecords.Intervention) { Anchors = [("ids", A.InterventionsByIds), ("studyIds", A.InterventionsOfStudies)] };
    public static PageQuery<InterventionFunction> Functions { get; } = new(P.Functions, GraphRecords.Function) { Anchors = [("ids", A.FunctionsByIds), ("studyIds", A.FunctionsOfStudies)] };
    public static PageQuery<Mechanism> Mechanisms { get; } = new(P.Mechanisms, GraphRecords.Mechanism) { Anchors = [("ids", A.MechanismsByIds), ("studyIds", A.MechanismsOfStudies)] };
    public static PageQuery<Outcome> Outcomes { get; } = new(P.Outcomes, GraphRecords.Outcome) { Anchors = [("ids", A.OutcomesByIds), ("studyIds", A.OutcomesOfStudies)] };
    public static PageQuery<CmoConfiguration> CmoConfigurations { get; } = new(P.CmoConfigurations, GraphRecords.Cmo) { Anchors = [("ids", A.CmoConfigurationsByIds), ("studyIds", A.CmoConfigurationsOfStudies)] };
}

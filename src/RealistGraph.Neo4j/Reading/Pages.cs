using RealistGraph.Domain.Model;
using P = RealistGraph.Neo4j.Queries.QueryNames.Pages;

namespace RealistGraph.Neo4j.Reading;

/// <summary>The root collections: filtered, ordered pages across all studies.</summary>
public static class Pages
{
    public static PageQuery<Study> Studies { get; } = new(P.Studies, GraphRecords.Study);
    public static PageQuery<StudyDomain> Domains { get; } = new(P.Domains, GraphRecords.Domain);
    public static PageQuery<Theme> Themes { get; } = new(P.Themes, GraphRecords.Theme);
    public static PageQuery<Quote> Quotes { get; } = new(P.Quotes, GraphRecords.Quote);
    public static PageQuery<Participant> Participants { get; } = new(P.Participants, GraphRecords.Participant);
    public static PageQuery<Intervention> Interventions { get; } = new(P.Interventions, GraphRecords.Intervention);
    public static PageQuery<InterventionFunction> Functions { get; } = new(P.Functions, GraphRecords.Function);
    public static PageQuery<Mechanism> Mechanisms { get; } = new(P.Mechanisms, GraphRecords.Mechanism);
    public static PageQuery<Outcome> Outcomes { get; } = new(P.Outcomes, GraphRecords.Outcome);
    public static PageQuery<CmoConfiguration> CmoConfigurations { get; } = new(P.CmoConfigurations, GraphRecords.Cmo);
}

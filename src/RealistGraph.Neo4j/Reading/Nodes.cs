using RealistGraph.Domain.Model;
using N = RealistGraph.Neo4j.Queries.QueryNames.Nodes;

namespace RealistGraph.Neo4j.Reading;

/// <summary>Every kind of record that can be read by id.</summary>
public static class Nodes
{
    public static NodeLookup<Study> Study { get; } = new(N.Study, GraphRecords.Study);
    public static NodeLookup<StudyDomain> Domain { get; } = new(N.Domain, GraphRecords.Domain);
    public static NodeLookup<Theme> Theme { get; } = new(N.Theme, GraphRecords.Theme);
    public static NodeLookup<Participant> Participant { get; } = new(N.Participant, GraphRecords.Participant);
    public static NodeLookup<Quote> Quote { get; } = new(N.Quote, GraphRecords.Quote);
    public static NodeLookup<Intervention> Intervention { get; } = new(N.Intervention, GraphRecords.Intervention);
    public static NodeLookup<InterventionFunction> Function { get; } = new(N.Function, GraphRecords.Function);
    public static NodeLookup<Activity> Activity { get; } = new(N.Activity, GraphRecords.Activity);
    public static NodeLookup<Context> Context { get; } = new(N.Context, GraphRecords.Context);
    public static NodeLookup<Mechanism> Mechanism { get; } = new(N.Mechanism, GraphRecords.Mechanism);
    public static NodeLookup<Outcome> Outcome { get; } = new(N.Outcome, GraphRecords.Outcome);
    public static NodeLookup<CmoConfiguration> CmoConfiguration { get; } = new(N.CmoConfiguration, GraphRecords.Cmo);
    public static NodeLookup<DomainInteraction> DomainInteraction { get; } = new(N.DomainInteraction, GraphRecords.Interaction);

    /// <summary>A theme, mechanism or CMO configuration, whichever the id names: the ends of cross-study links.</summary>
    public static NodeLookup<object> Finding { get; } = new(Queries.QueryNames.Links.FindingsByIds, FindingRecords.Finding);
}

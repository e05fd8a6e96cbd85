using GraphQL;
using GraphQL.Types;
using RealistGraph.Api.GraphQL.Filters;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Api.GraphQL.Paging;
using RealistGraph.Api.GraphQL.Types;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;
using N = RealistGraph.Neo4j.Queries.QueryNames.Nodes;
using P = RealistGraph.Neo4j.Queries.QueryNames.Pages;

namespace RealistGraph.Api.GraphQL.Schema;

/// <summary>Where every read enters: root collections across all studies, and single records by id.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Studies and their findings, across all studies in the graph.";

        PagedField.Add<StudyType, Study, StudyFilterType, StudyOrderFieldType>(this, "studies", "The studies in the graph.", P.Studies, GraphRecords.Study, "summary");
        PagedField.Add<DomainType, StudyDomain, DomainFilterType, DomainOrderFieldType>(this, "domains", "Domains of all studies.", P.Domains, GraphRecords.Domain, "description");
        PagedField.Add<ThemeType, Theme, ThemeFilterType, ThemeOrderFieldType>(this, "themes", "Themes of all studies.", P.Themes, GraphRecords.Theme, "summary");
        PagedField.Add<QuoteType, Quote, QuoteFilterType, QuoteOrderFieldType>(this, "quotes", "Quotes of all studies.", P.Quotes, GraphRecords.Quote, "text");
        PagedField.Add<ParticipantType, Participant, ParticipantFilterType, ParticipantOrderFieldType>(this, "participants", "Participants of all studies.", P.Participants, GraphRecords.Participant, "attributes");
        PagedField.Add<InterventionType, Intervention, InterventionFilterType, NameOrderFieldType>(this, "interventions", "Interventions of all studies.", P.Interventions, GraphRecords.Intervention, "description");
        PagedField.Add<FunctionType, InterventionFunction, FunctionFilterType, NameOrderFieldType>(this, "functions", "Intervention functions of all studies.", P.Functions, GraphRecords.Function, "description");
        PagedField.Add<MechanismType, Mechanism, MechanismFilterType, NameOrderFieldType>(this, "mechanisms", "Mechanisms of all studies.", P.Mechanisms, GraphRecords.Mechanism, "reasoning");
        PagedField.Add<OutcomeType, Outcome, OutcomeFilterType, OutcomeOrderFieldType>(this, "outcomes", "Outcomes of all studies.", P.Outcomes, GraphRecords.Outcome, "description");
        PagedField.Add<CmoConfigurationType, CmoConfiguration, CmoConfigurationFilterType, CmoConfigurationOrderFieldType>(
            this, "cmoConfigurations", "CMO configurations of all studies.", P.CmoConfigurations, GraphRecords.Cmo, "statement");

        ById<StudyType, Study>("study", "One study.", N.Study, GraphRecords.Study);
        ById<ThemeType, Theme>("theme", "One theme.", N.Theme, GraphRecords.Theme, "summary");
        ById<QuoteType, Quote>("quote", "One quote.", N.Quote, GraphRecords.Quote, "text");
        ById<ParticipantType, Participant>("participant", "One participant.", N.Participant, GraphRecords.Participant);
        ById<DomainType, StudyDomain>("domain", "One domain.", N.Domain, GraphRecords.Domain);
        ById<InterventionType, Intervention>("intervention", "One intervention.", N.Intervention, GraphRecords.Intervention);
        ById<FunctionType, InterventionFunction>("function", "One intervention function.", N.Function, GraphRecords.Function);
        ById<ActivityType, Activity>("activity", "One intervention activity.", N.Activity, GraphRecords.Activity);
        ById<MechanismType, Mechanism>("mechanism", "One mechanism.", N.Mechanism, GraphRecords.Mechanism);
        ById<OutcomeType, Outcome>("outcome", "One outcome.", N.Outcome, GraphRecords.Outcome);
        ById<CmoConfigurationType, CmoConfiguration>("cmoConfiguration", "One CMO configuration.", N.CmoConfiguration, GraphRecords.Cmo);

        AnalysisFields.AddTo(this);
    }

    private void ById<TGraph, T>(string name, string description, string query, Func<Neo4j.Client.CypherRecord, T> map, string? textField = null)
        where TGraph : IGraphType
        where T : class =>
        Field<TGraph>(name)
            .Description(description + " Null when no record has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The record's global id.")
            .Resolve(c => c.Loaders().Node(query, map, c.GetArgument<string>("id"), textField is not null && c.Selects(textField)));
}

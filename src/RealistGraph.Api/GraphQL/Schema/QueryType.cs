using GraphQL;
using GraphQL.Types;
using RealistGraph.Api.GraphQL.Filters;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Api.GraphQL.Paging;
using RealistGraph.Api.GraphQL.Types;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Schema;

/// <summary>Where every read enters: root collections across all studies, and single records by id.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Studies and their findings, across all studies in the graph.";

        PagedField.Add<StudyType, Study, StudyFilterType, StudyOrderFieldType>(this, "studies", "The studies in the graph.", Pages.Studies, "summary");
        PagedField.Add<DomainType, StudyDomain, DomainFilterType, DomainOrderFieldType>(this, "domains", "Domains of all studies.", Pages.Domains, "description");
        PagedField.Add<ThemeType, Theme, ThemeFilterType, ThemeOrderFieldType>(this, "themes", "Themes of all studies.", Pages.Themes, "summary");
        PagedField.Add<QuoteType, Quote, QuoteFilterType, QuoteOrderFieldType>(this, "quotes", "Quotes of all studies.", Pages.Quotes, "text");
        PagedField.Add<ParticipantType, Participant, ParticipantFilterType, ParticipantOrderFieldType>(this, "participants", "Participants of all studies.", Pages.Participants, "attributes");
        PagedField.Add<InterventionType, Intervention, InterventionFilterType, NameOrderFieldType>(this, "interventions", "Interventions of all studies.", Pages.Interventions, "description");
        PagedField.Add<FunctionType, InterventionFunction, FunctionFilterType, NameOrderFieldType>(this, "functions", "Intervention functions of all studies.", Pages.Functions, "description");
        PagedField.Add<MechanismType, Mechanism, MechanismFilterType, NameOrderFieldType>(this, "mechanisms", "Mechanisms of all studies.", Pages.Mechanisms, "reasoning");
        PagedField.Add<OutcomeType, Outcome, OutcomeFilterType, OutcomeOrderFieldType>(this, "outcomes", "Outcomes of all studies.", Pages.Outcomes, "description");
        PagedField.Add<CmoConfigurationType, CmoConfiguration, CmoConfigurationFilterType, CmoConfigurationOrderFieldType>(
            this, "cmoConfigurations", "CMO configurations of all studies.", Pages.CmoConfigurations, "statement");
        PagedField.Add<ContextType, Context, ContextFilterType, ContextOrderFieldType>(
            this, "contexts", "Contexts of all studies (the C of their CMO configurations).", ScopedPages.Contexts.Select, "description");
        PagedField.Add<ActivityType, Activity, ActivityFilterType, NameOrderFieldType>(
            this, "activities", "Intervention activities of all studies.", ScopedPages.Activities.Select, "description");

        ById<StudyType, Study>("study", "One study.", Nodes.Study);
        ById<ThemeType, Theme>("theme", "One theme.", Nodes.Theme, "summary");
        ById<QuoteType, Quote>("quote", "One quote.", Nodes.Quote, "text");
        ById<ParticipantType, Participant>("participant", "One participant.", Nodes.Participant);
        ById<DomainType, StudyDomain>("domain", "One domain.", Nodes.Domain);
        ById<InterventionType, Intervention>("intervention", "One intervention.", Nodes.Intervention);
        ById<FunctionType, InterventionFunction>("function", "One intervention function.", Nodes.Function);
        ById<ActivityType, Activity>("activity", "One intervention activity.", Nodes.Activity);
        ById<ContextType, Context>("context", "One context.", Nodes.Context);
        ById<MechanismType, Mechanism>("mechanism", "One mechanism.", Nodes.Mechanism);
        ById<OutcomeType, Outcome>("outcome", "One outcome.", Nodes.Outcome);
        ById<CmoConfigurationType, CmoConfiguration>("cmoConfiguration", "One CMO configuration.", Nodes.CmoConfiguration);

        AnalysisFields.AddTo(this);
        SearchFields.AddTo(this);
        ChangeFields.AddTo(this);
    }

    private void ById<TGraph, T>(string name, string description, NodeLookup<T> lookup, string? textField = null)
        where TGraph : IGraphType
        where T : class =>
        Field<TGraph>(name)
            .Description(description + " Null when no record has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The record's global id.")
            .Resolve(c => c.Loaders().Node(lookup, c.GetArgument<string>("id"), textField is not null && c.Selects(textField)));
}

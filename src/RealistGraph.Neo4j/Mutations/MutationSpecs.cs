using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;
using F = RealistGraph.Neo4j.Mutations.FieldSpec;
using M = RealistGraph.Neo4j.Queries.QueryNames.Mutations;
using N = RealistGraph.Neo4j.Queries.QueryNames.Nodes;

namespace RealistGraph.Neo4j.Mutations;

/// <summary>Every entity and relationship of the write API: its fields, rules and queries.</summary>
public static class MutationSpecs
{
    public static EntitySpec<Study> Study { get; } = new("Study", "Study", "study", M.CreateStudy, N.Study,
    [
        F.Text("title", true, "The study's title."),
        new("authors", FieldKind.TextList, false, "Authors in the order of publication."),
        new("year", FieldKind.Int, false, "Year of publication."),
        F.Text("doi", false, "Digital object identifier, without the https://doi.org/ prefix."),
        F.Text("journal", false, "Where it was published."),
        F.Text("design", false, "Study design and methods."),
        new("sampleSize", FieldKind.Int, false, "Number of participants in the sample."),
        F.Text("setting", false, "Where and among whom the study was done."),
        F.Text("summary", false, "A summary of the study and its findings."),
    ], GraphRecords.Study);

    public static EntitySpec<Intervention> Intervention { get; } = new("Intervention", "Intervention", "intervention", M.CreateIntervention, N.Intervention,
    [
        F.Text("name", true, "The intervention's name."),
        F.Text("description", false, "What it consists of."),
    ], GraphRecords.Intervention);

    public static EntitySpec<InterventionFunction> Function { get; } = new("Function", "Function", "function", M.CreateFunction, N.Function,
    [
        F.Reference("interventionId", "Intervention", true, M.SetFunctionIntervention, "Global id of the intervention the function belongs to (HAS_FUNCTION)."),
        F.Text("name", true, "What the intervention must do."),
        F.Text("description", false, "More about the function."),
    ], GraphRecords.Function);

    public static EntitySpec<Activity> Activity { get; } = new("Activity", "Activity", "activity", M.CreateActivity, N.Activity,
    [
        F.Reference("interventionId", "Intervention", true, M.SetActivityIntervention, "Global id of the intervention the activity belongs to (HAS_ACTIVITY)."),
        F.Text("name", true, "The concrete form the intervention takes."),
        F.Text("description", false, "More about the activity."),
    ], GraphRecords.Activity);

    public static EntitySpec<StudyDomain> Domain { get; } = new("Domain", "Domain", "domain", M.CreateDomain, N.Domain,
    [
        F.Text("name", true, "The domain's name in the study."),
        new("canonicalDomain", FieldKind.Canonical, true, "The shared domain it maps onto (MAPS_TO), e.g. structural; created when new.") { SetQuery = M.SetDomainCanonical },
        F.Text("description", false, "What the study means by it."),
    ], GraphRecords.Domain);

    public static EntitySpec<Theme> Theme { get; } = new("Theme", "Theme", "theme", M.CreateTheme, N.Theme,
    [
        F.Reference("domainId", "Domain", true, M.SetThemeDomain, "Global id of the domain the theme belongs to (IN_DOMAIN)."),
        F.Reference("parentThemeId", "Theme", false, M.SetThemeParent, "Global id of the broader theme this one refines (SUBTHEME_OF); null for none."),
        F.Text("code", false, "The study's own number or code for the theme (e.g. 3.2)."),
        F.Text("name", true, "The theme's name as the study gives it."),
        F.Text("summary", false, "What the theme says."),
        F.Enum<Polarity>("polarity", true, "SUPPORT, THREAT or MIXED."),
    ], GraphRecords.Theme);

    public static EntitySpec<Participant> Participant { get; } = new("Participant", "Participant", "participant", M.CreateParticipant, N.Participant,
    [
        F.Text("label", true, "How the study labels the participant (e.g. 96-F)."),
        F.Text("site", false, "The participant's site."),
        new("attributes", FieldKind.Attributes, false, "Further attributes as key/value pairs (names unique); replaces all attributes."),
    ], GraphRecords.Participant)
    { UpperCaseIds = true };

    public static EntitySpec<Quote> Quote { get; } = new("Quote", "Quote", "quote", M.CreateQuote, N.Quote,
    [
        F.Reference("participantId", "Participant", false, M.SetQuoteParticipant, "Global id of the participant who said it (SPOKEN_BY); null for none."),
        F.Text("text", true, "The words, verbatim."),
        F.Text("location", false, "Where the quote stands in the study."),
        F.Enum<Polarity>("polarity", false, "The quote's own polarity, where it pushes differently from its theme."),
    ], GraphRecords.Quote);

    public static EntitySpec<Context> Context { get; } = new("Context", "Context", "context", M.CreateContext, N.Context,
    [
        F.Text("description", true, "The context."),
    ], GraphRecords.Context);

    public static EntitySpec<Mechanism> Mechanism { get; } = new("Mechanism", "Mechanism", "mechanism", M.CreateMechanism, N.Mechanism,
    [
        F.Text("name", true, "A short name for the mechanism."),
        F.Text("resource", false, "What is offered."),
        F.Text("reasoning", false, "How people reason and respond."),
    ], GraphRecords.Mechanism);

    public static EntitySpec<Outcome> Outcome { get; } = new("Outcome", "Outcome", "outcome", M.CreateOutcome, N.Outcome,
    [
        F.Text("description", true, "The outcome."),
        F.Enum<OutcomeValence>("valence", true, "Whether the outcome is desired."),
    ], GraphRecords.Outcome);

    public static EntitySpec<CmoConfiguration> CmoConfiguration { get; } = new("CmoConfiguration", "CmoConfiguration", "CMO configuration", M.CreateCmoConfiguration, N.CmoConfiguration,
    [
        F.Text("statement", true, "The claim in words."),
        F.Enum<Confidence>("confidence", false, "How strongly the study judges it supported."),
        F.Reference("contextId", "Context", false, M.SetCmoContext, "Global id of the context (IN_CONTEXT); null for none."),
        F.Reference("mechanismId", "Mechanism", false, M.SetCmoMechanism, "Global id of the mechanism (THROUGH); null for none."),
        F.Reference("outcomeId", "Outcome", false, M.SetCmoOutcome, "Global id of the outcome (LEADS_TO); null for none."),
    ], GraphRecords.Cmo);

    public static EntitySpec<DomainInteraction> DomainInteraction { get; } = new("DomainInteraction", "DomainInteraction", "domain interaction", M.CreateDomainInteraction, N.DomainInteraction,
    [
        F.Reference("fromDomainId", "Domain", true, M.SetInteractionFrom, "Global id of the domain that acts (FROM_DOMAIN)."),
        F.Reference("toDomainId", "Domain", true, M.SetInteractionTo, "Global id of the domain acted on (TO_DOMAIN)."),
        F.Enum<InteractionKind>("kind", true, "Reinforcing or countering."),
        F.Text("description", true, "The authors' words for it."),
    ], GraphRecords.Interaction);

    public static RelationSpec<Quote> Evidences { get; } = new(
        "EVIDENCES", "Quote", "quote", "quoteId",
        new Dictionary<string, string>
        {
            ["Theme"] = "theme", ["Mechanism"] = "mechanism", ["CmoConfiguration"] = "CMO configuration", ["Function"] = "function", ["Activity"] = "activity",
        },
        "targetId", M.ConnectEvidences, M.DisconnectEvidences, N.Quote, GraphRecords.Quote);

    public static RelationSpec<CmoConfiguration> Involves { get; } = new(
        "INVOLVES", "CmoConfiguration", "CMO configuration", "cmoConfigurationId",
        new Dictionary<string, string> { ["Theme"] = "theme", ["Function"] = "function", ["Activity"] = "activity" },
        "targetId", M.ConnectInvolves, M.DisconnectInvolves, N.CmoConfiguration, GraphRecords.Cmo);

    public static RelationSpec<InterventionFunction> EnactedBy { get; } = new(
        "ENACTED_BY", "Function", "function", "functionId",
        new Dictionary<string, string> { ["Activity"] = "activity" },
        "activityId", M.ConnectEnactedBy, M.DisconnectEnactedBy, N.Function, GraphRecords.Function);

    /// <summary>How messages name a node of each label.</summary>
    public static IReadOnlyDictionary<string, string> Nouns { get; } = new Dictionary<string, string>
    {
        ["Study"] = "study", ["Intervention"] = "intervention", ["Function"] = "function", ["Activity"] = "activity", ["Domain"] = "domain",
        ["Theme"] = "theme", ["Participant"] = "participant", ["Quote"] = "quote", ["Context"] = "context", ["Mechanism"] = "mechanism",
        ["Outcome"] = "outcome", ["CmoConfiguration"] = "CMO configuration", ["DomainInteraction"] = "domain interaction",
    };
}

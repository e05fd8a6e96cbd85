using RealistGraph.Domain.Model;
using F = RealistGraph.Application.Editing.FieldSpec;

namespace RealistGraph.Application.Editing;

/// <summary>
/// What the edit API may create, update and connect: every entity with its fields and rules, every many-to-many
/// relationship with the labels it joins. The API builds its input types from these.
/// </summary>
public static class EditSpecs
{
    public static EntitySpec<Study> Study { get; } = new("Study", "Study", "study",
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
    ]);

    public static EntitySpec<Intervention> Intervention { get; } = new("Intervention", "Intervention", "intervention",
    [
        F.Text("name", true, "The intervention's name."),
        F.Text("description", false, "What it consists of."),
    ]);

    public static EntitySpec<InterventionFunction> Function { get; } = new("Function", "Function", "function",
    [
        F.Reference("interventionId", "Intervention", true, "Global id of the intervention the function belongs to (HAS_FUNCTION)."),
        F.Text("name", true, "What the intervention must do."),
        F.Text("description", false, "More about the function."),
    ]);

    public static EntitySpec<Activity> Activity { get; } = new("Activity", "Activity", "activity",
    [
        F.Reference("interventionId", "Intervention", true, "Global id of the intervention the activity belongs to (HAS_ACTIVITY)."),
        F.Text("name", true, "The concrete form the intervention takes."),
        F.Text("description", false, "More about the activity."),
    ]);

    public static EntitySpec<StudyDomain> Domain { get; } = new("Domain", "Domain", "domain",
    [
        F.Text("name", true, "The domain's name in the study."),
        new("canonicalDomain", FieldKind.Canonical, true, "The shared domain it maps onto (MAPS_TO), e.g. structural; created when new."),
        F.Text("description", false, "What the study means by it."),
    ]);

    public static EntitySpec<Theme> Theme { get; } = new("Theme", "Theme", "theme",
    [
        F.Reference("domainId", "Domain", true, "Global id of the domain the theme belongs to (IN_DOMAIN)."),
        F.Reference("parentThemeId", "Theme", false, "Global id of the broader theme this one refines (SUBTHEME_OF); null for none.") with { Acyclic = true },
        F.Text("code", false, "The study's own number or code for the theme (e.g. 3.2)."),
        F.Text("name", true, "The theme's name as the study gives it."),
        F.Text("summary", false, "What the theme says."),
        F.Enum<Polarity>("polarity", true, "SUPPORT, THREAT or MIXED."),
    ]);

    public static EntitySpec<Participant> Participant { get; } = new("Participant", "Participant", "participant",
    [
        F.Text("label", true, "How the study labels the participant (e.g. 96-F)."),
        F.Text("site", false, "The participant's site."),
        new("attributes", FieldKind.Attributes, false, "Further attributes as key/value pairs (names unique); replaces all attributes."),
    ])
    { UpperCaseIds = true };

    public static EntitySpec<Quote> Quote { get; } = new("Quote", "Quote", "quote",
    [
        F.Reference("participantId", "Participant", false, "Global id of the participant who said it (SPOKEN_BY); null for none."),
        F.Text("text", true, "The words, verbatim."),
        F.Text("location", false, "Where the quote stands in the study."),
        F.Enum<Polarity>("polarity", false, "The quote's own polarity, where it pushes differently from its theme."),
    ]);

    public static EntitySpec<Context> Context { get; } = new("Context", "Context", "context",
    [
        F.Text("description", true, "The context."),
    ]);

    public static EntitySpec<Mechanism> Mechanism { get; } = new("Mechanism", "Mechanism", "mechanism",
    [
        F.Text("name", true, "A short name for the mechanism."),
        F.Text("resource", false, "What is offered."),
        F.Text("reasoning", false, "How people reason and respond."),
    ]);

    public static EntitySpec<Outcome> Outcome { get; } = new("Outcome", "Outcome", "outcome",
    [
        F.Text("description", true, "The outcome."),
        F.Enum<OutcomeValence>("valence", true, "Whether the outcome is desired."),
    ]);

    public static EntitySpec<CmoConfiguration> CmoConfiguration { get; } = new("CmoConfiguration", "CmoConfiguration", "CMO configuration",
    [
        F.Text("statement", true, "The claim in words."),
        F.Enum<Confidence>("confidence", false, "How strongly the study judges it supported."),
        F.Reference("contextId", "Context", false, "Global id of the context (IN_CONTEXT); null for none."),
        F.Reference("mechanismId", "Mechanism", false, "Global id of the mechanism (THROUGH); null for none."),
        F.Reference("outcomeId", "Outcome", false, "Global id of the outcome (LEADS_TO); null for none."),
    ]);

    public static EntitySpec<DomainInteraction> DomainInteraction { get; } = new("DomainInteraction", "DomainInteraction", "domain interaction",
    [
        F.Reference("fromDomainId", "Domain", true, "Global id of the domain that acts (FROM_DOMAIN)."),
        F.Reference("toDomainId", "Domain", true, "Global id of the domain acted on (TO_DOMAIN)."),
        F.Enum<InteractionKind>("kind", true, "Reinforcing or countering."),
        F.Text("description", true, "The authors' words for it."),
    ]);

    public static RelationSpec<Quote> Evidences { get; } = new(
        "EVIDENCES", "Quote", "quote", "quoteId",
        new Dictionary<string, string>
        {
            ["Theme"] = "theme", ["Mechanism"] = "mechanism", ["CmoConfiguration"] = "CMO configuration", ["Function"] = "function", ["Activity"] = "activity",
        },
        "targetId");

    public static RelationSpec<CmoConfiguration> Involves { get; } = new(
        "INVOLVES", "CmoConfiguration", "CMO configuration", "cmoConfigurationId",
        new Dictionary<string, string> { ["Theme"] = "theme", ["Function"] = "function", ["Activity"] = "activity" },
        "targetId");

    public static RelationSpec<InterventionFunction> EnactedBy { get; } = new(
        "ENACTED_BY", "Function", "function", "functionId",
        new Dictionary<string, string> { ["Activity"] = "activity" },
        "activityId");

    /// <summary>Every entity, in the order the API lists them.</summary>
    public static IReadOnlyList<EntitySpec> Entities { get; } =
        [Study, Intervention, Function, Activity, Domain, Theme, Participant, Quote, Context, Mechanism, Outcome, CmoConfiguration, DomainInteraction];

    /// <summary>The types of the many-to-many relationships.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } = [Evidences.Type, Involves.Type, EnactedBy.Type];

    /// <summary>How messages name a node of each label.</summary>
    public static IReadOnlyDictionary<string, string> Nouns { get; } = new Dictionary<string, string>
    {
        ["Study"] = "study", ["Intervention"] = "intervention", ["Function"] = "function", ["Activity"] = "activity", ["Domain"] = "domain",
        ["Theme"] = "theme", ["Participant"] = "participant", ["Quote"] = "quote", ["Context"] = "context", ["Mechanism"] = "mechanism",
        ["Outcome"] = "outcome", ["CmoConfiguration"] = "CMO configuration", ["DomainInteraction"] = "domain interaction",
    };
}

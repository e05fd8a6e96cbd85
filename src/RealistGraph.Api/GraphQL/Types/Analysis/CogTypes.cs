using GraphQL;
using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Application.Analysis;
using RealistGraph.Domain.Cogs;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types.Analysis;

public sealed class RotationType : EnumerationGraphType<Rotation>
{
    public RotationType()
    {
        Name = "Rotation";
        Description = "Which way a cog turns: POSITIVE (more supports), NEGATIVE (more threats) or STILL.";
    }
}

public sealed class EvidenceUnitType : EnumerationGraphType<EvidenceUnit>
{
    public EvidenceUnitType()
    {
        Name = "EvidenceUnit";
        Description = "The grain of evidence: QUOTES coded to themes, THEMES for a study with no quotes in scope, or MIXED when pooled studies differ.";
    }
}

public sealed class InteractionSourceType : EnumerationGraphType<InteractionSource>
{
    public InteractionSourceType()
    {
        Name = "InteractionSource";
        Description = "STATED by a study's authors, or OBSERVED in participants' evidence.";
    }
}

/// <summary>A cog and the domain it stands for (a study's domain, or a canonical one when studies are pooled).</summary>
public sealed record CogView(Cog Cog, StudyDomain Domain);

public sealed record CogInteractionView(CogInteraction Interaction, StudyDomain From, StudyDomain To);

public sealed class CogModelType : ObjectGraphType<CogModelResult>
{
    public CogModelType()
    {
        Name = "CogModel";
        Description = "How the domains turn together, computed from the evidence (Kehoe et al. 2016's cogs).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CogType>>>>("cogs")
            .Description("One cog per domain.")
            .Resolve(c => c.Source.Model.Cogs.Select(cog => new CogView(cog, c.Source.Domains[cog.DomainKey])).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CogInteractionType>>>>("interactions")
            .Description("How cogs mesh: interactions the authors state, and those participants' evidence shows.")
            .Argument<InteractionKindType>("kind", "Only interactions of this kind.")
            .Argument<InteractionSourceType>("source", "Only interactions from this source.")
            .Resolve(c => c.Source.Model.Interactions
                .Where(i => c.GetArgument<InteractionKind?>("kind") is not { } kind || i.Kind == kind)
                .Where(i => c.GetArgument<InteractionSource?>("source") is not { } source || i.Source == source)
                .Select(i => new CogInteractionView(i, c.Source.Domains[i.FromDomainKey], c.Source.Domains[i.ToDomainKey]))
                .ToList());
        Field<NonNullGraphType<EvidenceUnitType>>("unit")
            .Description("What was counted: each study counts its quotes, or its themes when it has no quotes in scope; MIXED when the studies differ.")
            .Resolve(c => c.Source.Model.Unit);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notes")
            .Description("Whatever the counts leave unsaid: grains mixed without weighting, themes listed but not counted, mixed-polarity units, studies with nothing to count.")
            .Resolve(c => c.Source.Notes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountedStudyType>>>>("counted")
            .Description("How each study in scope was counted: its grain and how many units it added.")
            .Resolve(c => c.Source.Model.Studies);
        Field<StudyType>("study")
            .Description("The study this model covers, when it covers exactly one; null when studies are pooled.")
            .Resolve(c => c.Source.StudyId is { } id ? c.Loaders().Node(Nodes.Study, id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CogModelType>>>>("byStudy")
            .Description("Each study's own cogs, in its own domains, for showing studies side by side (empty inside byStudy).")
            .Resolve(c => c.Source.ByStudy);
        Field<NonNullGraphType<BooleanGraphType>>("allTurnSameWay")
            .Description("Whether every cog with evidence turns the same way (the most supported state when POSITIVE).")
            .Resolve(c => c.Source.Model.AllTurnSameWay);
        Field<DomainType>("heaviestDomain")
            .Description("The domain whose cog carries the most evidence.")
            .Resolve(c => c.Source.Model.HeaviestDomainKey is { } key ? c.Source.Domains[key] : null);
        Field<NonNullGraphType<BooleanGraphType>>("pooled")
            .Description("Whether several studies were pooled through their canonical domains.")
            .Resolve(c => c.Source.Pooled);
    }
}

public sealed class CogType : ObjectGraphType<CogView>
{
    public CogType()
    {
        Name = "Cog";
        Description = "A domain as a cog: its size (salience) and which way and how hard it turns (rotation).";
        Field<NonNullGraphType<DomainType>>("domain").Description("The domain.").Resolve(c => c.Source.Domain);
        Field<NonNullGraphType<IntGraphType>>("supports").Description("Evidence units that push towards the outcome.").Resolve(c => c.Source.Cog.Supports);
        Field<NonNullGraphType<IntGraphType>>("threats").Description("Evidence units that push against it.").Resolve(c => c.Source.Cog.Threats);
        Field<NonNullGraphType<FloatGraphType>>("salience").Description("The domain's share of all evidence in scope (the cogs' salience sums to 1).").Resolve(c => c.Source.Cog.Salience);
        Field<NonNullGraphType<FloatGraphType>>("rotation").Description("(supports − threats) / (supports + threats); 0 when both are 0.").Resolve(c => c.Source.Cog.Rotation);
        Field<NonNullGraphType<RotationType>>("direction").Description("The sign of the rotation.").Resolve(c => c.Source.Cog.Direction);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("themes")
            .Description("The themes whose evidence turns this cog (a theme without quotes in a study counted by quotes is listed, not counted: see notes).")
            .Resolve(c => c.Loaders().Nodes(Nodes.Theme, c.Source.Cog.ThemeIds, c.Selects("summary")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CogContributionType>>>>("contributions")
            .Description("Per study: at which grain it was counted and what it added to this cog; supports and threats are their sums.")
            .Resolve(c => c.Source.Cog.Contributions);
    }
}

public sealed class CogContributionType : ObjectGraphType<CogContribution>
{
    public CogContributionType()
    {
        Name = "CogContribution";
        Description = "What one study adds to one cog, counted at the study's own grain.";
        Field<NonNullGraphType<StudyType>>("study").Description("The study.").Resolve(c => c.Loaders().Node(Nodes.Study, c.Source.StudyId));
        Field<NonNullGraphType<EvidenceUnitType>>("grain").Description("QUOTES, or THEMES when the study has no quotes in scope.").Resolve(c => c.Source.Grain);
        Field<NonNullGraphType<IntGraphType>>("supports").Description("Its supporting units in this domain.").Resolve(c => c.Source.Supports);
        Field<NonNullGraphType<IntGraphType>>("threats").Description("Its threatening units in this domain.").Resolve(c => c.Source.Threats);
        Field<NonNullGraphType<IntGraphType>>("mixed").Description("Its units of mixed polarity (they add to salience only).").Resolve(c => c.Source.Mixed);
        Field<NonNullGraphType<IntGraphType>>("units").Description("All its units in this domain.").Resolve(c => c.Source.Units);
    }
}

public sealed class CountedStudyType : ObjectGraphType<StudyGrain>
{
    public CountedStudyType()
    {
        Name = "CountedStudy";
        Description = "How one study in scope was counted.";
        Field<NonNullGraphType<StudyType>>("study").Description("The study.").Resolve(c => c.Loaders().Node(Nodes.Study, c.Source.StudyId));
        Field<NonNullGraphType<EvidenceUnitType>>("grain").Description("QUOTES, or THEMES when the study has no quotes in scope.").Resolve(c => c.Source.Grain);
        Field<NonNullGraphType<IntGraphType>>("units").Description("How many units it added over all cogs.").Resolve(c => c.Source.Units);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeType>>>>("uncountedThemes")
            .Description("Its themes without quotes, listed under their cogs but not counted because the study counts quotes.")
            .Resolve(c => c.Loaders().Nodes(Nodes.Theme, c.Source.UncountedThemeIds, c.Selects("summary")));
    }
}

public sealed class CogInteractionType : ObjectGraphType<CogInteractionView>
{
    public CogInteractionType()
    {
        Name = "CogInteraction";
        Description = "Two cogs meshing: reinforcing (turning the same way) or countering (against each other).";
        Field<NonNullGraphType<DomainType>>("from").Description("The first domain.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DomainType>>("to").Description("The second domain.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<InteractionKindType>>("kind").Description("REINFORCING or COUNTERING.").Resolve(c => c.Source.Interaction.Kind);
        Field<NonNullGraphType<InteractionSourceType>>("source").Description("STATED or OBSERVED.").Resolve(c => c.Source.Interaction.Source);
        Field<StringGraphType>("description").Description("The authors' words, for stated interactions.").Resolve(c => c.Source.Interaction.Description);
        Field<NonNullGraphType<IntGraphType>>("participantCount").Description("How many participants show it (observed interactions).").Resolve(c => c.Source.Interaction.ParticipantCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipantType>>>>("participants")
            .Description("Who shows it (observed interactions).")
            .Resolve(c => c.Loaders().Nodes(Nodes.Participant, c.Source.Interaction.ParticipantIds));
    }
}

public sealed class ParticipantCrossingType : ObjectGraphType<ParticipantCrossing>
{
    public ParticipantCrossingType()
    {
        Name = "ParticipantCrossing";
        Description = "A participant for whom two cogs turn against each other: a threat in one domain, a support in another.";
        Field<NonNullGraphType<ParticipantType>>("participant").Description("Who.").Resolve(c => c.Loaders().Node(Nodes.Participant, c.Source.ParticipantId));
        Field(x => x.ThreatsInThreatDomain).Description("Their threat quotes in the threat domain.");
        Field(x => x.SupportsInSupportDomain).Description("Their support quotes in the support domain.");
    }
}

using GraphQL.Types;
using RealistGraph.Api.GraphQL.Types;
using RealistGraph.Application.Editing;
using RealistGraph.Domain.Model;
using S = RealistGraph.Application.Editing.EditSpecs;

namespace RealistGraph.Api.GraphQL.Mutations;

/// <summary>
/// Every write: create, update and delete for each entity, connect and disconnect for the many-to-many
/// relationships. Each mutation is one transaction; a refused one writes nothing.
/// </summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Changes to studies and their parts. Each mutation is all-or-nothing; errors carry extensions.code VALIDATION, NOT_FOUND or CONFLICT and name the field.";

        Entity<StudyType, Study>(S.Study, "Deleting a study removes the study and every node of it (with their relationships, cross-study links included).");
        Entity<InterventionType, Intervention>(S.Intervention, "Refused (CONFLICT) while functions or activities belong to the intervention; removes its cross-study links.");
        Entity<FunctionType, InterventionFunction>(S.Function, "Removes its ENACTED_BY, EVIDENCES and INVOLVES relationships and cross-study links; activities and quotes stay.");
        Entity<ActivityType, Activity>(S.Activity, "Removes its ENACTED_BY, EVIDENCES and INVOLVES relationships and cross-study links; functions and quotes stay.");
        Entity<DomainType, StudyDomain>(S.Domain, "Refused (CONFLICT) while themes or domain interactions refer to the domain; the canonical domain stays.");
        Entity<ThemeType, Theme>(S.Theme, "Removes its EVIDENCES, INVOLVES and cross-study links; quotes stay; its subthemes become top-level (parentThemeId cleared).");
        Entity<ParticipantType, Participant>(S.Participant, "Its quotes stay, without a participant (participantId cleared).");
        Entity<QuoteType, Quote>(S.Quote, "Removes its EVIDENCES relationships; the findings stay.");
        Entity<ContextType, Context>(S.Context, "Removes its cross-study links; CMO configurations in this context stay, without a context (contextId cleared).");
        Entity<MechanismType, Mechanism>(S.Mechanism, "Removes its EVIDENCES and cross-study links; CMO configurations through it stay, without a mechanism (mechanismId cleared).");
        Entity<OutcomeType, Outcome>(S.Outcome, "Removes its cross-study links; CMO configurations leading to it stay, without an outcome (outcomeId cleared).");
        Entity<CmoConfigurationType, CmoConfiguration>(S.CmoConfiguration, "Removes its EVIDENCES, INVOLVES and cross-study links; quotes, themes, functions and activities stay.");
        Entity<DomainInteractionType, DomainInteraction>(S.DomainInteraction, "Removes only the interaction; the domains stay.");

        Relation<QuoteType, Quote>(S.Evidences, "Evidence", "a quote EVIDENCES a theme, mechanism, CMO configuration, function or activity");
        Relation<CmoConfigurationType, CmoConfiguration>(S.Involves, "Involvement", "a CMO configuration INVOLVES a theme, function or activity");
        Relation<FunctionType, InterventionFunction>(S.EnactedBy, "Enactment", "a function is ENACTED_BY an activity");

        Schema.StudyMutations.AddTo(this);
        Schema.SuggestionMutations.AddTo(this);
    }

    private void Entity<TGraph, T>(EntitySpec<T> spec, string deleteEffects)
        where TGraph : IGraphType
    {
        var name = spec.Name;
        Field<NonNullGraphType<TGraph>>($"create{name}")
            .Description($"Creates a {spec.Noun}{(spec.IsStudy ? "" : ", last in its study's order")}. NOT_FOUND when the study or a referenced node is missing; VALIDATION for a malformed id or field, or a reference into another study; CONFLICT when the id is taken.")
            .Argument(new NonNullGraphType(MutationInputs.Create(spec)), "input", a => a.Description = $"The new {spec.Noun}.")
            .ResolveAsync(async c => await c.Editor().CreateAsync(spec, c.Input(), c.CancellationToken));
        Field<NonNullGraphType<TGraph>>($"update{name}")
            .Description($"Changes the fields given of a {spec.Noun}; references are moved with their relationships. NOT_FOUND when the {spec.Noun} or a referenced node is missing; VALIDATION for a bad value.")
            .Argument<NonNullGraphType<IdGraphType>>("id", $"The {spec.Noun}'s global id.")
            .Argument(new NonNullGraphType(MutationInputs.Update(spec)), "input", a => a.Description = "The fields to change.")
            .ResolveAsync(async c => await c.Editor().UpdateAsync(spec, c.Id(), c.Input(), c.CancellationToken));
        Field<NonNullGraphType<DeletePayloadType>>($"delete{name}")
            .Description($"Deletes a {spec.Noun}. {deleteEffects} NOT_FOUND when there is no such {spec.Noun}.")
            .Argument<NonNullGraphType<IdGraphType>>("id", $"The {spec.Noun}'s global id.")
            .ResolveAsync(async c => await c.Editor().DeleteAsync(spec, c.Id(), c.CancellationToken));
    }

    private void Relation<TGraph, T>(RelationSpec<T> spec, string name, string meaning)
        where TGraph : IGraphType
    {
        var targets = string.Join(", ", spec.Targets.Values);
        Field<NonNullGraphType<TGraph>>($"connect{name}")
            .Description($"Records that {meaning}; a no-op when already recorded. Both must belong to the same study (VALIDATION otherwise); NOT_FOUND when either is missing. Returns the {spec.FromNoun}.")
            .Argument<NonNullGraphType<IdGraphType>>(spec.FromArgument, $"The {spec.FromNoun}'s global id.")
            .Argument<NonNullGraphType<IdGraphType>>(spec.ToArgument, $"The global id of the {targets}.")
            .ResolveAsync(async c => await c.Editor().ConnectAsync(spec, c.Id(spec.FromArgument), c.Id(spec.ToArgument), connect: true, c.CancellationToken));
        Field<NonNullGraphType<TGraph>>($"disconnect{name}")
            .Description($"Removes the record that {meaning}; a no-op when there is none. NOT_FOUND when either node is missing. Returns the {spec.FromNoun}.")
            .Argument<NonNullGraphType<IdGraphType>>(spec.FromArgument, $"The {spec.FromNoun}'s global id.")
            .Argument<NonNullGraphType<IdGraphType>>(spec.ToArgument, $"The global id of the {targets}.")
            .ResolveAsync(async c => await c.Editor().ConnectAsync(spec, c.Id(spec.FromArgument), c.Id(spec.ToArgument), connect: false, c.CancellationToken));
    }
}

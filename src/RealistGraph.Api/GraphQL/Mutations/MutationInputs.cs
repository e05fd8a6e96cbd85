using GraphQL.Types;
using RealistGraph.Api.GraphQL.Types;
using RealistGraph.Application.Editing;
using RealistGraph.Domain.Model;

namespace RealistGraph.Api.GraphQL.Mutations;

/// <summary>Builds the create and update input types of an entity from its <see cref="EntitySpec"/>.</summary>
public static class MutationInputs
{
    /// <summary><c>Create{Name}Input</c>: the study (except for a study itself), the local id, and every field; required ones non-null.</summary>
    public static InputObjectGraphType Create(EntitySpec spec)
    {
        var input = new InputObjectGraphType { Name = $"Create{spec.Name}Input", Description = $"A new {spec.Noun}." };
        if (!spec.IsStudy)
        {
            Add(input, "studyId", typeof(NonNullGraphType<IdGraphType>), $"The study the {spec.Noun} belongs to; it must exist.");
        }

        Add(input, "id", typeof(NonNullGraphType<IdGraphType>), spec.IsStudy
            ? "The study's id, which prefixes the ids of all its parts: lower-case letters, digits, '.', '_', '-', starting with a letter or digit."
            : $"The local id, unique in the study; the global id is {{studyId}}/{{id}}. Lower-case letters{(spec.UpperCaseIds ? " (upper case allowed too, e.g. 96-F)" : "")}, digits, '.', '_', '-', starting with a letter or digit.");
        foreach (var field in spec.Fields)
        {
            var type = TypeOf(field);
            Add(input, field.Name, field.Required ? typeof(NonNullGraphType<>).MakeGenericType(type) : type, field.Description);
        }

        return input;
    }

    /// <summary><c>Update{Name}Input</c>: every field optional; only given fields change, and an explicit null clears an optional one.</summary>
    public static InputObjectGraphType Update(EntitySpec spec)
    {
        var input = new InputObjectGraphType
        {
            Name = $"Update{spec.Name}Input",
            Description = $"Changes to a {spec.Noun}: only the fields given change; null clears an optional field (required ones cannot be null).",
        };
        foreach (var field in spec.Fields)
        {
            Add(input, field.Name, TypeOf(field), field.Description + (field.Required ? " Cannot be null." : ""));
        }

        return input;
    }

    private static void Add(InputObjectGraphType input, string name, Type type, string description) =>
        input.AddField(new FieldType { Name = name, Type = type, Description = description });

    private static Type TypeOf(FieldSpec field) => field.Kind switch
    {
        FieldKind.Text or FieldKind.Canonical => typeof(StringGraphType),
        FieldKind.Int => typeof(IntGraphType),
        FieldKind.Reference => typeof(IdGraphType),
        FieldKind.TextList => typeof(ListGraphType<NonNullGraphType<StringGraphType>>),
        FieldKind.Attributes => typeof(ListGraphType<NonNullGraphType<AttributeInputType>>),
        FieldKind.Enum when field.EnumType == typeof(Polarity) => typeof(PolarityType),
        FieldKind.Enum when field.EnumType == typeof(OutcomeValence) => typeof(OutcomeValenceType),
        FieldKind.Enum when field.EnumType == typeof(Confidence) => typeof(ConfidenceType),
        FieldKind.Enum when field.EnumType == typeof(InteractionKind) => typeof(InteractionKindType),
        _ => throw new InvalidOperationException($"No input type for {field.Name} ({field.Kind}, {field.EnumType})"),
    };
}

public sealed class AttributeInputType : InputObjectGraphType
{
    public AttributeInputType()
    {
        Name = "AttributeInput";
        Description = "One attribute of a participant.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The attribute's name, unique per participant.");
        Field<NonNullGraphType<StringGraphType>>("value").Description("Its value.");
    }
}

public sealed class DeletePayloadType : ObjectGraphType<DeleteResult>
{
    public DeletePayloadType()
    {
        Name = "DeletePayload";
        Description = "What a delete removed.";
        Field(d => d.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The deleted node's id.");
        Field(d => d.Kind).Description("The deleted node's type, e.g. Theme.");
        Field(d => d.RemovedNodes).Description("How many nodes were removed: 1, or for a study the study and all its parts.");
        Field(d => d.ClearedReferences, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>))
            .Description("Nodes that kept their place but lost an optional reference to the deleted node (quotes of a participant, subthemes of a theme, CMO configurations of a context, mechanism or outcome).");
    }
}

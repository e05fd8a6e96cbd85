namespace RealistGraph.Application.Editing;

/// <summary>How an input field is checked and stored.</summary>
public enum FieldKind
{
    /// <summary>A string property.</summary>
    Text,

    /// <summary>An integer property (at least 0).</summary>
    Int,

    /// <summary>A list of strings.</summary>
    TextList,

    /// <summary>An enumeration, stored as its upper-case name.</summary>
    Enum,

    /// <summary>The global id of another node of the same study, stored as a relationship plus an id property.</summary>
    Reference,

    /// <summary>A canonical domain name: a local id, stored as a MAPS_TO relationship plus a property.</summary>
    Canonical,

    /// <summary>Key/value pairs, stored as one JSON object text.</summary>
    Attributes,
}

/// <summary>
/// One field of a create/update input. <paramref name="Required"/> fields are non-null in create inputs and cannot
/// be cleared by an update. References name the <see cref="Target"/> label.
/// </summary>
public sealed record FieldSpec(string Name, FieldKind Kind, bool Required, string Description)
{
    public Type? EnumType { get; init; }

    public string? Target { get; init; }

    /// <summary>The reference is a hierarchy (a theme's parent): it may not lead back to the node itself.</summary>
    public bool Acyclic { get; init; }

    /// <summary>Whether the field is stored as a relationship (set through the store, not as a plain property).</summary>
    public bool IsRelationship => Kind is FieldKind.Reference or FieldKind.Canonical;

    public static FieldSpec Text(string name, bool required, string description) => new(name, FieldKind.Text, required, description);

    public static FieldSpec Enum<TEnum>(string name, bool required, string description)
        where TEnum : struct, System.Enum => new(name, FieldKind.Enum, required, description) { EnumType = typeof(TEnum) };

    public static FieldSpec Reference(string name, string target, bool required, string description) =>
        new(name, FieldKind.Reference, required, description) { Target = target };
}

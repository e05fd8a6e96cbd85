using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Neo4j.Mutations;

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
/// be cleared by an update. References name the <see cref="Target"/> label and the query that sets them.
/// </summary>
public sealed record FieldSpec(string Name, FieldKind Kind, bool Required, string Description)
{
    public Type? EnumType { get; init; }

    public string? Target { get; init; }

    public string? SetQuery { get; init; }

    public static FieldSpec Text(string name, bool required, string description) => new(name, FieldKind.Text, required, description);

    public static FieldSpec Enum<TEnum>(string name, bool required, string description)
        where TEnum : struct, System.Enum => new(name, FieldKind.Enum, required, description) { EnumType = typeof(TEnum) };

    public static FieldSpec Reference(string name, string target, bool required, string setQuery, string description) =>
        new(name, FieldKind.Reference, required, description) { Target = target, SetQuery = setQuery };
}

/// <summary>A kind of node the write API creates, updates and deletes, and how.</summary>
public abstract record EntitySpec(string Name, string Label, string Noun, string? CreateQuery, string NodeQuery, IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>Study ids and local ids are lower case; participants may use upper case too (<c>96-F</c>).</summary>
    public bool UpperCaseIds { get; init; }

    public bool IsStudy => Label == "Study";
}

/// <summary>An <see cref="EntitySpec"/> with the read-back of the written record (query and row mapping).</summary>
public sealed record EntitySpec<T>(
    string Name, string Label, string Noun, string? CreateQuery, string NodeQuery, IReadOnlyList<FieldSpec> Fields, NodeLookup<T> Node)
    : EntitySpec(Name, Label, Noun, CreateQuery, NodeQuery, Fields);

/// <summary>A many-to-many relationship the API connects and disconnects.</summary>
public sealed record RelationSpec<T>(
    string Type, string FromLabel, string FromNoun, string FromArgument, IReadOnlyDictionary<string, string> Targets,
    string ToArgument, string ConnectQuery, string DisconnectQuery, string NodeQuery, NodeLookup<T> Node);

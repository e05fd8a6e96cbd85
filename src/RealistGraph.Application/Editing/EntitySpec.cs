namespace RealistGraph.Application.Editing;

/// <summary>A kind of node the edit API creates, updates and deletes: its label, how messages name it, its fields.</summary>
public abstract record EntitySpec(string Name, string Label, string Noun, IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>Study ids and local ids are lower case; participants may use upper case too (<c>96-F</c>).</summary>
    public bool UpperCaseIds { get; init; }

    public bool IsStudy => Label == "Study";
}

/// <summary>An <see cref="EntitySpec"/> whose node is read back as a <typeparamref name="T"/>.</summary>
public sealed record EntitySpec<T>(string Name, string Label, string Noun, IReadOnlyList<FieldSpec> Fields)
    : EntitySpec(Name, Label, Noun, Fields);

/// <summary>
/// A many-to-many relationship the API connects and disconnects: from a node labelled <see cref="FromLabel"/> to
/// one of the <see cref="Targets"/> (label → noun); the start node is read back as a <typeparamref name="T"/>.
/// </summary>
public sealed record RelationSpec<T>(
    string Type, string FromLabel, string FromNoun, string FromArgument, IReadOnlyDictionary<string, string> Targets, string ToArgument);

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>A parsed YAML or JSON value with where it started (1-based), before it is bound to <see cref="StudyDocument"/>.</summary>
internal abstract record DocumentNode(int Line, int Column);

internal enum ScalarKind
{
    /// <summary>A YAML plain scalar: its type depends on what the document expects at that place.</summary>
    Plain,
    String,
    Number,
    Boolean,
    Null,
}

internal sealed record ScalarNode(string? Value, ScalarKind Kind, int Line, int Column) : DocumentNode(Line, Column);

internal sealed record MappingNode(IReadOnlyList<KeyValuePair<ScalarNode, DocumentNode>> Entries, int Line, int Column)
    : DocumentNode(Line, Column);

internal sealed record SequenceNode(IReadOnlyList<DocumentNode> Items, int Line, int Column) : DocumentNode(Line, Column);

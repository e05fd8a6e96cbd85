namespace RealistGraph.Documents.StudyDocuments;

/// <summary>
/// One thing wrong with a study document. <see cref="Path"/> points into the document
/// (<c>themes[3].domain</c>, <c>quotes[12].themes[0]</c>); it is empty for problems of the whole text,
/// such as a syntax error. <see cref="Line"/> and <see cref="Column"/> (1-based) are known only for
/// problems found while reading text.
/// </summary>
public sealed record DocumentProblem(string Path, string Message)
{
    public int? Line { get; init; }

    public int? Column { get; init; }

    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}

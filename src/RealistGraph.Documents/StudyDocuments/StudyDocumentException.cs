namespace RealistGraph.Documents.StudyDocuments;

/// <summary>Thrown when a study document cannot be read or is not valid; carries every problem found, not just the first.</summary>
public sealed class StudyDocumentException : Exception
{
    public StudyDocumentException()
        : this([])
    {
    }

    public StudyDocumentException(string message)
        : this([new DocumentProblem("", message)])
    {
    }

    public StudyDocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new DocumentProblem("", message)];
    }

    public StudyDocumentException(IReadOnlyList<DocumentProblem> problems, string? source = null)
        : base(Describe(problems, source))
    {
        Problems = problems;
    }

    public IReadOnlyList<DocumentProblem> Problems { get; }

    private static string Describe(IReadOnlyList<DocumentProblem> problems, string? source)
    {
        var heading = source is null
            ? $"The study document has {problems.Count} problem(s):"
            : $"The study document '{source}' has {problems.Count} problem(s):";
        return string.Join(Environment.NewLine, problems.Select(p => "  " + p).Prepend(heading));
    }
}

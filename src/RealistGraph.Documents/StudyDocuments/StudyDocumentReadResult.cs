namespace RealistGraph.Documents.StudyDocuments;

/// <summary>
/// What reading produced. <see cref="Document"/> is null only when the text could not be parsed at all;
/// otherwise it holds everything that could be bound, and <see cref="Problems"/> lists unknown keys and wrong value types.
/// </summary>
public sealed record StudyDocumentReadResult(StudyDocument? Document, IReadOnlyList<DocumentProblem> Problems)
{
    public bool Succeeded => Document is not null && Problems.Count == 0;
}

using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Application.Studies;

/// <summary>
/// A study that has been read and validated whole, and what its source format could not carry over (QDA elements
/// skipped, defaults assumed). Only <see cref="StudyFileReader"/> and <see cref="Validate"/> make one, so holding a
/// <see cref="StudyFile"/> means the document needs no second check before it is written.
/// </summary>
public sealed class StudyFile
{
    internal StudyFile(StudyDocument document, IReadOnlyList<string> notes)
    {
        Document = document;
        Notes = notes;
    }

    public StudyDocument Document { get; }

    public IReadOnlyList<string> Notes { get; }

    /// <summary>Validates a document built in memory. Throws <see cref="StudyDocumentException"/> listing every problem.</summary>
    public static StudyFile Validate(StudyDocument document)
    {
        StudyDocumentValidator.EnsureValid(document);
        return new StudyFile(document, []);
    }
}

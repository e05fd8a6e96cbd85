using RealistGraph.Documents.Refi;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Application.Studies;

/// <summary>
/// A study that has been read and validated whole, and what its source format could not carry over (QDA elements
/// skipped, defaults assumed). Only <see cref="StudyFileReader"/> and <see cref="Validate"/> make one, so holding a
/// <see cref="StudyFile"/> means the document needs no second check before it is written.
/// </summary>
public sealed class StudyFile
{
    internal StudyFile(StudyDocument document, IReadOnlyList<string> notes, ImportReport? report = null)
    {
        Document = document;
        Notes = notes;
        Report = report;
    }

    public StudyDocument Document { get; }

    /// <summary>The readable report: a summary line, then issues grouped by kind with counts and examples (QDA formats only).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The full report of a QDA import, issue by issue, with what each code became; null for study documents.</summary>
    public ImportReport? Report { get; }

    /// <summary>What each code of a QDA file became (empty for study documents).</summary>
    public IReadOnlyList<CodeOutcome> Codes => Report?.Codes ?? [];

    /// <summary>Validates a document built in memory. Throws <see cref="StudyDocumentException"/> listing every problem.</summary>
    public static StudyFile Validate(StudyDocument document)
    {
        StudyDocumentValidator.EnsureValid(document);
        return new StudyFile(document, []);
    }
}

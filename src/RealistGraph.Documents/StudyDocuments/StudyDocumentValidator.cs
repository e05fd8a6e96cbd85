namespace RealistGraph.Documents.StudyDocuments;

/// <summary>
/// Checks a study document and returns every problem at once: required fields, id format, duplicate ids
/// (across all kinds, since graph ids are <c>{study id}/{local id}</c>), enumeration values, dangling
/// references, cross-study links, year range and sample size.
/// </summary>
public static class StudyDocumentValidator
{
    public static IReadOnlyList<DocumentProblem> Validate(StudyDocument document) => new ValidationRun(document).Run();

    /// <summary>Throws <see cref="StudyDocumentException"/> listing every problem, if there are any.</summary>
    public static void EnsureValid(StudyDocument document)
    {
        var problems = Validate(document);
        if (problems.Count > 0)
        {
            throw new StudyDocumentException(problems);
        }
    }
}

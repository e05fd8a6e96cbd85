namespace RealistGraph.Documents.StudyDocuments;

/// <summary>Reads and validates in one step, reporting reading and validation problems together.</summary>
public static class StudyDocumentLoader
{
    public static async Task<StudyDocument> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var result = await StudyDocumentReader.TryReadFileAsync(path, cancellationToken);
        return Checked(result, path);
    }

    public static StudyDocument Load(string text, StudyDocumentFormat? format = null) =>
        Checked(StudyDocumentReader.TryParse(text, format), null);

    private static StudyDocument Checked(StudyDocumentReadResult result, string? source)
    {
        if (result.Document is null)
        {
            throw new StudyDocumentException(result.Problems, source);
        }

        var problems = result.Problems.Concat(StudyDocumentValidator.Validate(result.Document)).ToList();
        return problems.Count == 0 ? result.Document : throw new StudyDocumentException(problems, source);
    }
}

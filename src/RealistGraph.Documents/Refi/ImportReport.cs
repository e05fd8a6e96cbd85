namespace RealistGraph.Documents.Refi;

public enum ImportIssueSeverity
{
    /// <summary>Imported, but with a default or a guess the user should check.</summary>
    Warning,

    /// <summary>Not imported.</summary>
    Skipped,

    /// <summary>Imported as it was; said so the user knows what happened (e.g. the stored study was restored).</summary>
    Note,
}

/// <summary>One element that was skipped or mapped with a default.</summary>
/// <param name="Severity">Skipped, or imported with a warning.</param>
/// <param name="Element">The kind of element, e.g. <c>PlainTextSelection</c>, <c>Note</c>, <c>row 12</c>.</param>
/// <param name="Reference">The element's guid, name or row, when it has one.</param>
/// <param name="Reason">Why, in words a user can act on.</param>
public sealed record ImportIssue(ImportIssueSeverity Severity, string Element, string? Reference, string Reason)
{
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()}: {Element}{(Reference is null ? "" : $" '{Reference}'")}: {Reason}";
}

/// <summary>Everything an import skipped or could not map faithfully, each with its reason.</summary>
public sealed class ImportReport
{
    private readonly List<ImportIssue> _issues = [];

    public IReadOnlyList<ImportIssue> Issues => _issues;

    public IEnumerable<ImportIssue> Skipped => _issues.Where(i => i.Severity == ImportIssueSeverity.Skipped);

    public IEnumerable<ImportIssue> Warnings => _issues.Where(i => i.Severity == ImportIssueSeverity.Warning);

    public void Skip(string element, string? reference, string reason) =>
        _issues.Add(new ImportIssue(ImportIssueSeverity.Skipped, element, reference, reason));

    private readonly List<CodeOutcome> _codes = [];

    /// <summary>What each code of the project or codebook became, in codebook order (for a dry run).</summary>
    public IReadOnlyList<CodeOutcome> Codes => _codes;

    public void Became(string codePath, string became) => _codes.Add(new CodeOutcome(codePath, became));

    public IEnumerable<ImportIssue> Notes => _issues.Where(i => i.Severity == ImportIssueSeverity.Note);

    public void Note(string element, string? reference, string text) =>
        _issues.Add(new ImportIssue(ImportIssueSeverity.Note, element, reference, text));

    public void Warn(string element, string? reference, string reason) =>
        _issues.Add(new ImportIssue(ImportIssueSeverity.Warning, element, reference, reason));

    public override string ToString() => string.Join(Environment.NewLine, _issues);
}

/// <summary>A code of the imported file, by its path, and what it became (e.g. <c>a theme 'peer-support'</c>).</summary>
public sealed record CodeOutcome(string Path, string Became);

using RealistGraph.Documents.Refi;
using RealistGraph.Neo4j.Import;

namespace RealistGraph.Application.Studies;

/// <summary>
/// What importing one file did or, in a dry run, would do: the study read, the readable report lines, what each QDA
/// code became, and the outcome of the write (null in a dry run, when nothing is written).
/// </summary>
public sealed record StudyImportReport(StudyFile Study, ImportOutcome? Outcome)
{
    public string StudyId => Study.Document.Id;

    public bool DryRun => Outcome is null;

    /// <summary>A summary line per kind imported, then the issues grouped with counts and examples.</summary>
    public IReadOnlyList<string> Lines => Study.Notes.Count > 0 ? Study.Notes : [ImportReportText.Summary(Study.Document)];

    public IReadOnlyList<CodeOutcome> Codes => Study.Codes;
}

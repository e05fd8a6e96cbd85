namespace RealistGraph.Application.Studies;

/// <summary>
/// One file to import as it arrives from anywhere (the command line, an upload): its bytes, its name (whose extension
/// says the format), the text of a mapping file or none, and whether to write (<see cref="DryRun"/>) and how strictly
/// to treat mapping keys that match no code or several (<see cref="Strict"/>).
/// </summary>
public sealed record StudyImportRequest(byte[] Content, string FileName, string? Mapping = null, bool DryRun = false, bool Strict = false);

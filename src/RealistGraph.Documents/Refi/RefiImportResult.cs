using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

public sealed record RefiImportResult(StudyDocument Document, ImportReport Report);

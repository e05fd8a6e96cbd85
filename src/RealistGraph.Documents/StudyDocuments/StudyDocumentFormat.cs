namespace RealistGraph.Documents.StudyDocuments;

public enum StudyDocumentFormat
{
    Yaml,
    Json,
}

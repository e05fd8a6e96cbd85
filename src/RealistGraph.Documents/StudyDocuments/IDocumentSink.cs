namespace RealistGraph.Documents.StudyDocuments;

/// <summary>Receives a document as a stream of structure events; one implementation per output format.</summary>
internal interface IDocumentSink
{
    void BeginMapping();

    void Key(string name);

    void EndMapping();

    /// <param name="compact">True for lists of ids, which read best on one line in YAML.</param>
    void BeginSequence(bool compact);

    void EndSequence();

    void Text(string value);

    void Number(int value);
}

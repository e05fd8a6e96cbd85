namespace RealistGraph.Documents.StudyDocuments;

internal sealed partial class ValidationRun
{
    /// <summary>Every text of the document, by its path in the document, may hold only characters XML can carry.</summary>
    private void CheckCharacters() =>
        // The document as written out names each text by the key a user wrote, which is the path to report. The walk
        // is the writer's, without writing: a copy of a large document (as JSON text, then a tree) cost more than the document.
        DocumentWalker.Walk(_document, new CharacterCheckSink(Add));
}

using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>The deterministic GUID of each element RealistGraph exports, from the study id, the kind and the local id.</summary>
internal sealed class ExportGuids(StudyDocument document)
{
    public const string ContextsGroup = "Contexts";
    public const string MechanismsGroup = "Mechanisms";
    public const string OutcomesGroup = "Outcomes";

    public string Domain(string id) => RefiGuid.For(document.Id, "domain", id);

    public string Theme(string id) => RefiGuid.For(document.Id, "theme", id);

    public string Context(string id) => RefiGuid.For(document.Id, "context", id);

    public string Mechanism(string id) => RefiGuid.For(document.Id, "mechanism", id);

    public string Outcome(string id) => RefiGuid.For(document.Id, "outcome", id);

    public string Group(string name) => RefiGuid.For(document.Id, "group", name);

    public string Set(string name) => RefiGuid.For(document.Id, "set", name);

    public string Participant(string id) => RefiGuid.For(document.Id, "participant", id);

    public string Variable(string name) => RefiGuid.For(document.Id, "variable", name);

    public string Source(string key) => RefiGuid.For(document.Id, "source", key);

    public string Quote(string id) => RefiGuid.For(document.Id, "quote", id);

    public string Coding(string quoteId, string codeGuid) => RefiGuid.For(document.Id, "coding", $"{quoteId}/{codeGuid}");
}

using System.Xml.Linq;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// Collects what an imported project called the study's things (GUIDs of codes, cases, sources, selections and users;
/// code colours and codability) into <see cref="StudyDocument.Qda"/>, so that an export gives them back.
/// GUIDs are kept in their canonical form: lower case, no braces.
/// </summary>
internal sealed class QdaIdentityReader
{
    public const string Unattributed = "unattributed";

    private readonly QdaIdentityEntry _identity = new();

    public void Codes(IReadOnlyDictionary<string, CodeTarget> targets)
    {
        foreach (var (guid, target) in targets.Where(t => t.Value.Kind != CodeKind.Grouping && Guid.TryParse(t.Key, out _)))
        {
            _identity.Codes.Add(new QdaCodeEntry
            {
                Id = target.Id,
                Guid = guid,
                Color = string.IsNullOrWhiteSpace(target.Node.Color) ? null : target.Node.Color,
                IsCodable = target.Node.IsCodable ? "true" : "false",
            });
        }
    }

    /// <summary>Cases in document order: the case reader adds one participant per case, in order.</summary>
    public void Cases(IEnumerable<XElement> cases, IReadOnlyList<ParticipantEntry> participants)
    {
        foreach (var (element, participant) in cases.Zip(participants))
        {
            Add(_identity.Cases, participant.Id, element.Attr("guid"), null);
        }
    }

    public void Source(string? participant, string? guid, string name) => Add(_identity.Sources, participant ?? Unattributed, guid, name);

    public void Selection(string quoteId, string guid) => Add(_identity.Selections, quoteId, guid, null);

    public void Users(IEnumerable<XElement> users)
    {
        foreach (var user in users)
        {
            Add(_identity.Users, user.Attr("name") ?? "", user.Attr("guid"), null);
        }
    }

    public QdaIdentityEntry? Result() =>
        _identity.Codes.Count + _identity.Cases.Count + _identity.Sources.Count + _identity.Selections.Count + _identity.Users.Count == 0 ? null : _identity;

    private static void Add(List<QdaGuidEntry> list, string id, string? guid, string? name)
    {
        var normalized = RefiGuid.Normalize(guid);
        if (Guid.TryParse(normalized, out _))
        {
            list.Add(new QdaGuidEntry { Id = id, Guid = normalized, Name = name });
        }
    }
}

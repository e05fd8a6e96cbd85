using System.Text.RegularExpressions;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>
/// The id rules of study documents. Study ids and local ids: lower-case letters, digits, '-', '_' and '.',
/// starting with a letter or digit. Participant ids follow the same rule but may also use upper-case letters,
/// so that the study's own labels (e.g. <c>96-F</c>) can serve as ids. A global id is <c>{study id}/{local id}</c>.
/// </summary>
public static partial class DocumentIds
{
    public const string LocalPattern = "^[a-z0-9][a-z0-9._-]*$";
    public const string ParticipantPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    public const string GlobalPattern = "^[a-z0-9][a-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$";

    public static bool IsLocal(string id) => Local().IsMatch(id);

    public static bool IsParticipant(string id) => Participant().IsMatch(id);

    public static bool IsGlobal(string id) => Global().IsMatch(id);

    [GeneratedRegex(LocalPattern)]
    private static partial Regex Local();

    [GeneratedRegex(ParticipantPattern)]
    private static partial Regex Participant();

    [GeneratedRegex(GlobalPattern)]
    private static partial Regex Global();
}

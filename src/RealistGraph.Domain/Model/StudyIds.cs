using System.Text.RegularExpressions;

namespace RealistGraph.Domain.Model;

/// <summary>
/// The id rule of the whole product. Graph ids are globally unique: a study document's short local ids are
/// qualified by the study id, as <c>{studyId}/{localId}</c>. Study ids and local ids use lower-case letters,
/// digits, '.', '_' and '-', starting with a letter or digit; participant ids may also use upper-case letters,
/// so that a study's own labels (e.g. <c>96-F</c>) can serve as ids.
/// </summary>
public static partial class StudyIds
{
    public const char Separator = '/';

    /// <summary>The rules as clients read them in error messages.</summary>
    public const string LocalPattern = "^[a-z0-9][a-z0-9._-]*$";
    public const string ParticipantPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

    // .NET's '$' also matches before a final newline ("grit\n" would pass); '\z' is the true end.
    private const string LocalMatch = @"^[a-z0-9][a-z0-9._-]*\z";
    private const string ParticipantMatch = @"^[A-Za-z0-9][A-Za-z0-9._-]*\z";
    private const string GlobalMatch = @"^[a-z0-9][a-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*\z";

    /// <summary>A study id, a local id or a canonical domain name.</summary>
    public static bool IsLocal(string id) => Local().IsMatch(id);

    /// <summary>A participant's local id: like <see cref="IsLocal"/>, upper case allowed.</summary>
    public static bool IsParticipant(string id) => Participant().IsMatch(id);

    /// <summary><c>{studyId}/{localId}</c>, with either kind of local id.</summary>
    public static bool IsGlobal(string id) => Global().IsMatch(id);

    public static string Qualify(string studyId, string localId) => $"{studyId}{Separator}{localId}";

    public static string Local(string studyId, string globalId) =>
        globalId.StartsWith(studyId + Separator, StringComparison.Ordinal) ? globalId[(studyId.Length + 1)..] : globalId;

    /// <summary>The study part of a global id (all of it when it has no separator).</summary>
    public static string StudyOf(string globalId) => globalId.Split(Separator, 2)[0];

    [GeneratedRegex(LocalMatch)]
    private static partial Regex Local();

    [GeneratedRegex(ParticipantMatch)]
    private static partial Regex Participant();

    [GeneratedRegex(GlobalMatch)]
    private static partial Regex Global();
}

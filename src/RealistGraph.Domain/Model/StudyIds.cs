namespace RealistGraph.Domain.Model;

/// <summary>
/// Graph ids are globally unique: a study document's short local ids are qualified by the study id,
/// as <c>{studyId}/{localId}</c>.
/// </summary>
public static class StudyIds
{
    public const char Separator = '/';

    public static string Qualify(string studyId, string localId) => $"{studyId}{Separator}{localId}";

    public static string Local(string studyId, string globalId) =>
        globalId.StartsWith(studyId + Separator, StringComparison.Ordinal) ? globalId[(studyId.Length + 1)..] : globalId;
}

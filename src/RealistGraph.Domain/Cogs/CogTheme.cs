using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Cogs;

/// <summary>
/// A theme in scope, under the key of its domain, in evidence order (study, domain, theme): which cogs exist, their
/// names and themes, and what a study without quotes counts. <see cref="Quoted"/> says whether a quote in scope
/// evidences it. <see cref="StudyId"/> null stands for one unnamed study.
/// </summary>
public sealed record CogTheme(string DomainKey, string DomainName, string ThemeId, Polarity ThemePolarity, bool Quoted, string? StudyId = null)
{
    internal string StudyKey => StudyId ?? "";
}

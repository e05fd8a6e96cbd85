using System.Globalization;
using RealistGraph.Domain.Model;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>The rules every check is built from; each adds a problem when broken.</summary>
internal sealed partial class ValidationRun
{
    private const int MaxKnownShown = 12;
    private const string LocalRule = "use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit";
    private const string ParticipantRule = "use letters, digits, '-', '_' and '.', starting with a letter or digit";

    private void Id(string path, string id)
    {
        if (!Required($"{path}.id", id))
        {
            return;
        }

        if (!StudyIds.IsLocal(id))
        {
            Add($"{path}.id", $"'{id}' is not a valid id: {LocalRule}");
        }

        Unique($"{path}.id", id);
    }

    private void Unique(string path, string id)
    {
        if (!_firstUseOfId.TryAdd(id, path))
        {
            Add(path, $"duplicate id '{id}' (already used by {_firstUseOfId[id]}); ids must be unique across the whole document");
        }
    }

    private bool Required(string path, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Add(path, "required but missing or empty");
        return false;
    }

    private void OneOf(string path, string value, IReadOnlyList<string> allowed, string what)
    {
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            Add(path, $"'{value}' is not a {what} (expected one of: {string.Join(", ", allowed)})");
        }
    }

    private void References(string path, List<string> ids, IReadOnlyList<string> known, string kind)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Reference($"{path}[{i}]", ids[i], known, kind);
        }
    }

    private bool Reference(string path, string id, IReadOnlyList<string> known, string kind)
    {
        if (known.Contains(id, StringComparer.Ordinal))
        {
            return true;
        }

        Add(path, $"no {kind} with id '{id}' ({Known(known)})");
        return false;
    }

    private static string Known(IReadOnlyList<string> known)
    {
        if (known.Count == 0)
        {
            return "the document defines none";
        }

        var shown = string.Join(", ", known.Take(MaxKnownShown));
        return known.Count > MaxKnownShown
            ? string.Create(CultureInfo.InvariantCulture, $"known: {shown}, ... {known.Count} in all")
            : $"known: {shown}";
    }

    private void Add(string path, string message) => _problems.Add(new DocumentProblem(path, message));
}

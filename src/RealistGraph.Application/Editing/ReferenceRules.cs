using RealistGraph.Domain.Errors;
using RealistGraph.Neo4j.Mutations;

namespace RealistGraph.Application.Editing;

/// <summary>The checks of what an input refers to: it exists, has the right kind, is in the same study, makes no cycle.</summary>
internal static class ReferenceRules
{
    /// <summary>The study of the node <paramref name="id"/>, which must exist and be a <see cref="EntitySpec.Label"/>.</summary>
    public static string StudyOf(IReadOnlyDictionary<string, StoredNode> found, string id, EntitySpec spec, string path) =>
        found.TryGetValue(id, out var node) && node.Labels.Contains(spec.Label)
            ? node.StudyId
            : throw RequestException.NotFound(path, $"no {spec.Noun} '{id}'");

    public static async Task CheckAsync(
        StudyWriteStore store, string id, string studyId, IReadOnlyList<Reference> references, IReadOnlyDictionary<string, StoredNode> found,
        CancellationToken cancellationToken)
    {
        foreach (var reference in references)
        {
            var target = reference.Field.Target!;
            var noun = EditSpecs.Nouns.GetValueOrDefault(target, target);
            if (!found.TryGetValue(reference.Id, out var node) || !node.Labels.Contains(target))
            {
                throw RequestException.NotFound(reference.Path, $"no {noun} '{reference.Id}'");
            }

            if (node.StudyId != studyId)
            {
                throw RequestException.Invalid(reference.Path, $"{noun} '{reference.Id}' belongs to study '{node.StudyId}', not to '{studyId}'");
            }

            if (reference.Field.Acyclic && (reference.Id == id || (await store.ThemeAncestorsAsync(reference.Id, cancellationToken)).Contains(id)))
            {
                throw RequestException.Invalid(reference.Path, $"{noun} '{reference.Id}' cannot be the parent of '{id}': that would make a cycle");
            }
        }
    }

    /// <summary>"theme", "theme or mechanism", "theme, mechanism or activity".</summary>
    public static string Or(IEnumerable<string> nouns)
    {
        var list = nouns.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1];
    }
}

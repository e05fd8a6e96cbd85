using System.Collections;
using System.Globalization;
using System.Text.Json;
using RealistGraph.Documents.Safety;
using RealistGraph.Domain.Errors;
using RealistGraph.Domain.Model;

namespace RealistGraph.Application.Editing;

/// <summary>The checks of an input on its own, before anything is looked up: ids, required fields, values.</summary>
internal static class InputRules
{
    private const string LocalRule = $"must match {StudyIds.LocalPattern} (lower-case letters, digits, '.', '_', '-')";
    private const string ParticipantRule = $"must match {StudyIds.ParticipantPattern} (letters, digits, '.', '_', '-')";

    /// <summary>The local id of a new node (the study id of a new study), checked against the id rule.</summary>
    public static string LocalId(EntitySpec spec, IReadOnlyDictionary<string, object?> input)
    {
        var localId = input.GetValueOrDefault("id") as string ?? "";
        return (spec.UpperCaseIds ? StudyIds.IsParticipant(localId) : StudyIds.IsLocal(localId))
            ? localId
            : throw RequestException.Invalid("input.id", $"'{localId}' is not a valid id: {(spec.UpperCaseIds ? ParticipantRule : LocalRule)}");
    }

    /// <summary>The plain properties the input gives, checked and converted; a given null clears an optional property.</summary>
    public static Dictionary<string, object?> Properties(EntitySpec spec, IReadOnlyDictionary<string, object?> input, bool creating)
    {
        var props = new Dictionary<string, object?>();
        foreach (var field in spec.Fields)
        {
            var given = input.TryGetValue(field.Name, out var value);
            var path = $"input.{field.Name}";
            if (field.Required && (given || creating) && value is null)
            {
                throw RequestException.Invalid(path, "is required and cannot be null");
            }

            if (!given || field.IsRelationship)
            {
                if (field.Kind is FieldKind.Canonical && value is string canonical && !StudyIds.IsLocal(canonical))
                {
                    throw RequestException.Invalid(path, $"'{canonical}' is not a valid canonical domain name: {LocalRule}");
                }

                continue;
            }

            props[field.Name] = value is null ? null : field.Kind switch
            {
                FieldKind.Text => Text(path, (string)value, field.Required),
                FieldKind.Int => Convert.ToInt32(value, CultureInfo.InvariantCulture) is var n and >= 0 ? n : throw RequestException.Invalid(path, "must not be negative"),
                FieldKind.TextList => ((IEnumerable)value).Cast<object?>().Select((a, i) => Text($"{path}[{i}]", a as string ?? "", true)).ToArray(),
                FieldKind.Enum => value.ToString()!.ToUpperInvariant(),
                FieldKind.Attributes => Attributes(path, (IEnumerable)value),
                _ => throw new InvalidOperationException($"Unknown field kind {field.Kind}"),
            };
        }

        return props;
    }

    /// <summary>The relationships the input sets: field → target id (or canonical name); null clears an optional one.</summary>
    public static Dictionary<string, object?> Relationships(EntitySpec spec, IReadOnlyDictionary<string, object?> input) =>
        spec.Fields.Where(f => f.IsRelationship && input.ContainsKey(f.Name)).ToDictionary(f => f.Name, f => input[f.Name]);

    /// <summary>The references to other nodes the input gives (not the ones it clears).</summary>
    public static List<Reference> References(EntitySpec spec, IReadOnlyDictionary<string, object?> input) =>
        spec.Fields.Where(f => f.Kind == FieldKind.Reference && input.GetValueOrDefault(f.Name) is string)
            .Select(f => new Reference($"input.{f.Name}", (string)input[f.Name]!, f)).ToList();

    private static string Text(string path, string value, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            throw RequestException.Invalid(path, "must not be empty");
        }

        // The same rule as for imported documents: a NUL or other character XML cannot carry would break a .qdpx export.
        return XmlSafeText.FirstUnsafe(value) is var at and >= 0
            ? throw RequestException.Invalid(path, XmlSafeText.Describe(value, at))
            : value;
    }

    private static string Attributes(string path, IEnumerable pairs)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var pair in pairs.Cast<IDictionary<string, object?>>())
        {
            var key = Text($"{path}[{i}].name", pair["name"] as string ?? "", true);
            if (!attributes.TryAdd(key, pair["value"] as string ?? ""))
            {
                throw RequestException.Invalid($"{path}[{i}].name", $"'{key}' is given twice");
            }

            i++;
        }

        return JsonSerializer.Serialize(attributes);
    }
}

/// <summary>A reference an input gives: where (<c>input.domainId</c>), to what id, and its field.</summary>
internal sealed record Reference(string Path, string Id, FieldSpec Field);

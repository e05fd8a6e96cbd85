using System.Collections;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using RealistGraph.Neo4j.Reading;
using M = RealistGraph.Neo4j.Queries.QueryNames.Mutations;

namespace RealistGraph.Neo4j.Mutations;

/// <summary>What a delete removed, and which nodes lost an optional reference to it.</summary>
public sealed record DeleteResult(string Id, string Kind, int RemovedNodes, IReadOnlyList<string> ClearedReferences);

/// <summary>
/// The write side of the API. Every call is one transaction: it looks up what the input refers to, refuses with a
/// <see cref="MutationException"/> (rolling back, nothing written) when the input is invalid, refers to something
/// missing, or clashes with stored data; otherwise it writes, clears the study's content hash, and reads the
/// result back inside the same transaction.
/// </summary>
public sealed partial class MutationWriter(IGraphDatabase database, ILogger<MutationWriter> logger)
{
    private readonly QueryCatalog _catalog = QueryCatalog.Embedded;

    private const string LocalRule = "must match ^[a-z0-9][a-z0-9._-]*$ (lower-case letters, digits, '.', '_', '-')";
    private const string ParticipantRule = "must match ^[A-Za-z0-9][A-Za-z0-9._-]*$ (letters, digits, '.', '_', '-')";

    public Task<T> CreateAsync<T>(EntitySpec<T> spec, IReadOnlyDictionary<string, object?> input, CancellationToken cancellationToken = default)
    {
        var localId = input.GetValueOrDefault("id") as string ?? "";
        if (!(spec.UpperCaseIds ? ParticipantId() : LocalId()).IsMatch(localId))
        {
            throw Invalid($"input.id: '{localId}' is not a valid id: {(spec.UpperCaseIds ? ParticipantRule : LocalRule)}");
        }

        var props = Properties(spec, input, creating: true);
        return spec.IsStudy
            ? CreateStudyAsync(spec, localId, props, cancellationToken)
            : CreatePartAsync(spec, input.GetValueOrDefault("studyId") as string ?? "", localId, input, props, cancellationToken);
    }

    public Task<T> UpdateAsync<T>(EntitySpec<T> spec, string id, IReadOnlyDictionary<string, object?> input, CancellationToken cancellationToken = default)
    {
        var props = Properties(spec, input, creating: false);
        if (spec.IsStudy)
        {
            return database.InTransactionAsync(async (tx, ct) =>
            {
                await RequireStudyAsync(tx, id, "id", ct);
                var results = await tx.RunAsync(
                    props.Count == 0 ? [Read(spec, id)] : [Statement(M.UpdateStudy, new() { ["id"] = id, ["props"] = props }), Read(spec, id)], ct);
                return Written(spec, "updated", results);
            }, cancellationToken);
        }

        return database.InTransactionAsync(async (tx, ct) =>
        {
            var refs = References(spec, input);
            var found = await LookupAsync(tx, [id, .. refs.Select(r => r.Id)], ct);
            var studyId = Require(found, id, spec, "id");
            await CheckReferencesAsync(tx, spec, id, studyId, refs, found, ct);
            var writes = new List<CypherStatement>();
            if (props.Count > 0)
            {
                writes.Add(Statement(M.UpdatePart, new() { ["studyId"] = studyId, ["id"] = id, ["label"] = spec.Label, ["props"] = props }));
            }

            writes.AddRange(SetReferences(spec, id, input));
            if (writes.Count > 0)
            {
                writes.Add(Statement(M.TouchStudy, new() { ["studyId"] = studyId }));
            }

            writes.Add(Read(spec, id));
            return Written(spec, "updated", await tx.RunAsync(writes, ct));
        }, cancellationToken);
    }

    public Task<DeleteResult> DeleteAsync(EntitySpec spec, string id, CancellationToken cancellationToken = default) =>
        database.InTransactionAsync(async (tx, ct) =>
        {
            if (spec.IsStudy)
            {
                await RequireStudyAsync(tx, id, "id", ct);
                var removed = (await tx.RunAsync(Statement(M.DeleteStudy, new() { ["studyId"] = id }), ct)).Single().GetInt64("removed");
                logger.LogInformation("Deleted study {Id} with {Parts} parts", id, removed);
                return new DeleteResult(id, spec.Name, (int)removed + 1, []);
            }

            var studyId = Require(await LookupAsync(tx, [id], ct), id, spec, "id");
            var key = new Dictionary<string, object?> { ["studyId"] = studyId, ["id"] = id, ["label"] = spec.Label };
            var dependents = (await tx.RunAsync(Statement(M.RequiredDependents, new(key)), ct)).Single().GetStrings("dependents");
            if (dependents.Count > 0)
            {
                throw new MutationException(MutationError.Conflict,
                    $"id: {spec.Noun} '{id}' is still required by {dependents.Count} node(s) ({string.Join(", ", dependents.Take(5).Select(d => $"'{d}'"))}"
                    + $"{(dependents.Count > 5 ? ", ..." : "")}); delete them or point them elsewhere first");
            }

            var results = await tx.RunAsync([Statement(M.DeletePart, new(key)), Statement(M.TouchStudy, new() { ["studyId"] = studyId })], ct);
            logger.LogInformation("Deleted {Kind} {Id}", spec.Name, id);
            return new DeleteResult(id, spec.Name, 1, results[0].Single().GetStrings("cleared"));
        }, cancellationToken);

    /// <summary>Adds (or, with <paramref name="connect"/> false, removes) the relationship; both are idempotent.</summary>
    public Task<T> ConnectAsync<T>(RelationSpec<T> spec, string fromId, string toId, bool connect, CancellationToken cancellationToken = default) =>
        database.InTransactionAsync(async (tx, ct) =>
        {
            var found = await LookupAsync(tx, [fromId, toId], ct);
            if (!found.TryGetValue(fromId, out var from) || !from.Labels.Contains(spec.FromLabel))
            {
                throw Missing($"{spec.FromArgument}: no {spec.FromNoun} '{fromId}'");
            }

            var toLabel = found.TryGetValue(toId, out var to) ? spec.Targets.Keys.FirstOrDefault(to.Labels.Contains) : null;
            if (toLabel is null)
            {
                throw Missing($"{spec.ToArgument}: no {Or(spec.Targets.Values)} '{toId}'");
            }

            if (to!.StudyId != from.StudyId)
            {
                throw Invalid($"{spec.ToArgument}: {spec.Targets[toLabel]} '{toId}' belongs to study '{to.StudyId}', the {spec.FromNoun} to study '{from.StudyId}'");
            }

            var parameters = new Dictionary<string, object?> { ["studyId"] = from.StudyId, ["fromId"] = fromId, ["toId"] = toId, ["toLabel"] = toLabel };
            var results = await tx.RunAsync(
            [
                Statement(connect ? spec.ConnectQuery : spec.DisconnectQuery, parameters),
                Statement(M.TouchStudy, new() { ["studyId"] = from.StudyId }),
                _catalog.Statement(spec.NodeQuery, new Dictionary<string, object?> { ["ids"] = new[] { fromId }, ["withText"] = true }),
            ], ct);
            return spec.Node.Map(results[^1].Single());
        }, cancellationToken);

    private Task<T> CreateStudyAsync<T>(EntitySpec<T> spec, string id, Dictionary<string, object?> props, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (tx, ct) =>
        {
            if ((await tx.RunAsync(Statement(M.LookupStudies, new() { ["ids"] = new[] { id } }), ct)).Single().GetBoolean("found"))
            {
                throw new MutationException(MutationError.Conflict, $"input.id: a study '{id}' already exists");
            }

            props.TryAdd("authors", Array.Empty<string>());
            var results = await tx.RunAsync([Statement(M.CreateStudy, new() { ["id"] = id, ["props"] = props }), Read(spec, id)], ct);
            return Written(spec, "created", results);
        }, cancellationToken);

    private Task<T> CreatePartAsync<T>(
        EntitySpec<T> spec, string studyId, string localId, IReadOnlyDictionary<string, object?> input, Dictionary<string, object?> props, CancellationToken cancellationToken)
    {
        var id = StudyIds.Qualify(studyId, localId);
        return database.InTransactionAsync(async (tx, ct) =>
        {
            await RequireStudyAsync(tx, studyId, "input.studyId", ct);
            var refs = References(spec, input);
            var found = await LookupAsync(tx, [id, .. refs.Select(r => r.Id)], ct);
            // Study documents need ids unique across the whole study, whatever the kind, or the export would not re-import.
            if (found.TryGetValue(id, out var existing))
            {
                throw new MutationException(MutationError.Conflict, $"input.id: '{id}' is already in use by a {string.Join(" ", existing.Labels.Where(l => l is not "StudyPart" and not "Finding"))} of the study");
            }

            await CheckReferencesAsync(tx, spec, id, studyId, refs, found, ct);
            var writes = new List<CypherStatement> { Statement(spec.CreateQuery!, new() { ["studyId"] = studyId, ["id"] = id, ["props"] = props }) };
            writes.AddRange(SetReferences(spec, id, input));
            writes.Add(Statement(M.TouchStudy, new() { ["studyId"] = studyId }));
            writes.Add(Read(spec, id));
            return Written(spec, "created", await tx.RunAsync(writes, ct));
        }, cancellationToken);
    }

    /// <summary>The plain properties the input gives, checked and converted; a given null clears an optional property.</summary>
    private static Dictionary<string, object?> Properties(EntitySpec spec, IReadOnlyDictionary<string, object?> input, bool creating)
    {
        var props = new Dictionary<string, object?>();
        foreach (var field in spec.Fields)
        {
            var given = input.TryGetValue(field.Name, out var value);
            var path = $"input.{field.Name}";
            if (field.Required && (given || creating) && value is null)
            {
                throw Invalid($"{path}: is required and cannot be null");
            }

            if (!given || field.Kind is FieldKind.Reference or FieldKind.Canonical)
            {
                if (field.Kind is FieldKind.Canonical && value is string canonical && !LocalId().IsMatch(canonical))
                {
                    throw Invalid($"{path}: '{canonical}' is not a valid canonical domain name: {LocalRule}");
                }

                continue;
            }

            props[field.Name] = value is null ? null : field.Kind switch
            {
                FieldKind.Text => Text(path, (string)value, field.Required),
                FieldKind.Int => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) is var n and >= 0 ? n : throw Invalid($"{path}: must not be negative"),
                FieldKind.TextList => ((IEnumerable)value).Cast<object?>().Select((a, i) => Text($"{path}[{i}]", a as string ?? "", true)).ToArray(),
                FieldKind.Enum => value.ToString()!.ToUpperInvariant(),
                FieldKind.Attributes => Attributes(path, (IEnumerable)value),
                _ => throw new InvalidOperationException($"Unknown field kind {field.Kind}"),
            };
        }

        return props;
    }

    private static string Text(string path, string value, bool required) =>
        required && string.IsNullOrWhiteSpace(value) ? throw Invalid($"{path}: must not be empty") : value;

    private static string Attributes(string path, IEnumerable pairs)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var pair in pairs.Cast<IDictionary<string, object?>>())
        {
            var key = Text($"{path}[{i}].name", pair["name"] as string ?? "", true);
            if (!attributes.TryAdd(key, pair["value"] as string ?? ""))
            {
                throw Invalid($"{path}[{i}].name: '{key}' is given twice");
            }

            i++;
        }

        return JsonSerializer.Serialize(attributes);
    }

    private sealed record Reference(string Path, string Id, FieldSpec Field);

    private sealed record Found(string StudyId, IReadOnlyList<string> Labels);

    private static List<Reference> References(EntitySpec spec, IReadOnlyDictionary<string, object?> input) =>
        spec.Fields.Where(f => f.Kind == FieldKind.Reference && input.GetValueOrDefault(f.Name) is string)
            .Select(f => new Reference($"input.{f.Name}", (string)input[f.Name]!, f)).ToList();

    private IEnumerable<CypherStatement> SetReferences(EntitySpec spec, string id, IReadOnlyDictionary<string, object?> input) =>
        spec.Fields.Where(f => f.SetQuery is not null && input.ContainsKey(f.Name))
            .Select(f => Statement(f.SetQuery!, new() { ["id"] = id, ["targetId"] = input[f.Name] }));

    private async Task CheckReferencesAsync(
        IGraphTransaction tx, EntitySpec spec, string id, string studyId, IReadOnlyList<Reference> refs, IReadOnlyDictionary<string, Found> found, CancellationToken ct)
    {
        foreach (var reference in refs)
        {
            var noun = MutationSpecs.Nouns.GetValueOrDefault(reference.Field.Target!, reference.Field.Target!);
            if (!found.TryGetValue(reference.Id, out var target) || !target.Labels.Contains(reference.Field.Target!))
            {
                throw Missing($"{reference.Path}: no {noun} '{reference.Id}'");
            }

            if (target.StudyId != studyId)
            {
                throw Invalid($"{reference.Path}: {noun} '{reference.Id}' belongs to study '{target.StudyId}', not to '{studyId}'");
            }

            if (reference.Field.SetQuery == M.SetThemeParent)
            {
                var ancestors = (await tx.RunAsync(Statement(M.ThemeAncestors, new() { ["id"] = reference.Id }), ct)).Single().GetStrings("ids");
                if (reference.Id == id || ancestors.Contains(id))
                {
                    throw Invalid($"{reference.Path}: theme '{reference.Id}' cannot be the parent of '{id}': that would make a cycle");
                }
            }
        }
    }

    private async Task RequireStudyAsync(IGraphTransaction tx, string studyId, string path, CancellationToken ct)
    {
        if (!(await tx.RunAsync(Statement(M.LookupStudies, new() { ["ids"] = new[] { studyId } }), ct)).Single().GetBoolean("found"))
        {
            throw Missing($"{path}: no study '{studyId}'");
        }
    }

    private static string Require(IReadOnlyDictionary<string, Found> found, string id, EntitySpec spec, string path) =>
        found.TryGetValue(id, out var node) && node.Labels.Contains(spec.Label)
            ? node.StudyId
            : throw Missing($"{path}: no {spec.Noun} '{id}'");

    private async Task<Dictionary<string, Found>> LookupAsync(IGraphTransaction tx, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var keys = ids.Distinct(StringComparer.Ordinal)
            .Select(id => new Dictionary<string, object?> { ["id"] = id, ["studyId"] = GraphRecords.StudyOf(id) }).ToList();
        var rows = (await tx.RunAsync(Statement(M.LookupParts, new() { ["keys"] = keys }), ct)).Records;
        return rows.Where(r => r.GetNullableString("studyId") is not null)
            .GroupBy(r => r.GetString("id"), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Found(g.First().GetString("studyId"), g.SelectMany(r => r.GetStrings("labels")).Distinct().ToList()), StringComparer.Ordinal);
    }

    private CypherStatement Read(EntitySpec spec, string id) =>
        _catalog.Statement(spec.NodeQuery, new Dictionary<string, object?> { ["ids"] = new[] { id }, ["withText"] = true });

    private T Written<T>(EntitySpec<T> spec, string what, IReadOnlyList<CypherResult> results)
    {
        var record = spec.Node.Map(results[^1].Single());
        logger.LogInformation("{Kind} {What} through the API", spec.Name, what);
        return record;
    }

    private CypherStatement Statement(string name, Dictionary<string, object?> parameters) => _catalog.Statement(name, parameters);

    private static string Or(IEnumerable<string> nouns)
    {
        var list = nouns.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1];
    }

    private static MutationException Invalid(string message) => new(MutationError.Validation, message);

    private static MutationException Missing(string message) => new(MutationError.NotFound, message);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex LocalId();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex ParticipantId();
}

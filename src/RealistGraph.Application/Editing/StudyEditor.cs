using Microsoft.Extensions.Logging;
using RealistGraph.Domain.Errors;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Mutations;

namespace RealistGraph.Application.Editing;

/// <summary>
/// The edit use cases: create, update and delete any part of a study, connect and disconnect its many-to-many
/// relationships. Each call checks first and then writes in one transaction (<see cref="StudyWriteStore"/>). It
/// refuses with a <see cref="RequestException"/> (nothing written) when the input is invalid, refers to something
/// missing, or clashes with stored data, checking references and ids as the document validator does (ids unique
/// across a study, whatever the kind).
/// </summary>
public sealed class StudyEditor(StudyWriteStore store, ILogger<StudyEditor> logger)
{
    public async Task<T> CreateAsync<T>(EntitySpec<T> spec, IReadOnlyDictionary<string, object?> input, CancellationToken cancellationToken = default)
    {
        var localId = InputRules.LocalId(spec, input);
        var props = InputRules.Properties(spec, input, creating: true);
        if (spec.IsStudy)
        {
            if (await store.StudyExistsAsync(localId, cancellationToken))
            {
                throw RequestException.Conflict("input.id", $"a study '{localId}' already exists");
            }

            props.TryAdd("authors", Array.Empty<string>());
            return Written(spec, "created", await store.CreateStudyAsync<T>(localId, props, cancellationToken));
        }

        var studyId = input.GetValueOrDefault("studyId") as string ?? "";
        var id = StudyIds.Qualify(studyId, localId);
        await RequireStudyAsync(studyId, "input.studyId", cancellationToken);
        var references = InputRules.References(spec, input);
        var found = await store.LookupAsync([id, .. references.Select(r => r.Id)], cancellationToken);
        // Study documents need ids unique across the whole study, whatever the kind, or the export would not re-import.
        if (found.TryGetValue(id, out var existing))
        {
            throw RequestException.Conflict(
                "input.id", $"'{id}' is already in use by a {string.Join(" ", existing.Labels.Where(l => l is not "StudyPart" and not "Finding"))} of the study");
        }

        await ReferenceRules.CheckAsync(store, id, studyId, references, found, cancellationToken);
        return Written(spec, "created", await store.CreatePartAsync<T>(spec.Label, studyId, id, props, InputRules.Relationships(spec, input), cancellationToken));
    }

    public async Task<T> UpdateAsync<T>(EntitySpec<T> spec, string id, IReadOnlyDictionary<string, object?> input, CancellationToken cancellationToken = default)
    {
        var props = InputRules.Properties(spec, input, creating: false);
        if (spec.IsStudy)
        {
            await RequireStudyAsync(id, "id", cancellationToken);
            return Written(spec, "updated", await store.UpdateStudyAsync<T>(id, props, cancellationToken) ?? throw Gone(spec, id));
        }

        var references = InputRules.References(spec, input);
        var found = await store.LookupAsync([id, .. references.Select(r => r.Id)], cancellationToken);
        var studyId = ReferenceRules.StudyOf(found, id, spec, "id");
        await ReferenceRules.CheckAsync(store, id, studyId, references, found, cancellationToken);
        var updated = await store.UpdatePartAsync<T>(spec.Label, studyId, id, props, InputRules.Relationships(spec, input), cancellationToken);
        return Written(spec, "updated", updated ?? throw Gone(spec, id));
    }

    public async Task<DeleteResult> DeleteAsync(EntitySpec spec, string id, CancellationToken cancellationToken = default)
    {
        if (spec.IsStudy)
        {
            await RequireStudyAsync(id, "id", cancellationToken);
            var removed = await store.DeleteStudyAsync(id, cancellationToken);
            logger.LogInformation("Deleted study {Id} with {Parts} parts", id, removed);
            return new DeleteResult(id, spec.Name, removed + 1, []);
        }

        var studyId = ReferenceRules.StudyOf(await store.LookupAsync([id], cancellationToken), id, spec, "id");
        var dependents = await store.RequiredDependentsAsync(spec.Label, studyId, id, cancellationToken);
        if (dependents.Count > 0)
        {
            throw RequestException.Conflict("id",
                $"{spec.Noun} '{id}' is still required by {dependents.Count} node(s) ({string.Join(", ", dependents.Take(5).Select(d => $"'{d}'"))}"
                + $"{(dependents.Count > 5 ? ", ..." : "")}); delete them or point them elsewhere first");
        }

        var cleared = await store.DeletePartAsync(spec.Label, studyId, id, cancellationToken) ?? throw Gone(spec, id);
        logger.LogInformation("Deleted {Kind} {Id}", spec.Name, id);
        return new DeleteResult(id, spec.Name, 1, cleared);
    }

    /// <summary>Adds (or, with <paramref name="connect"/> false, removes) the relationship; both are idempotent.</summary>
    public async Task<T> ConnectAsync<T>(RelationSpec<T> spec, string fromId, string toId, bool connect, CancellationToken cancellationToken = default)
    {
        var found = await store.LookupAsync([fromId, toId], cancellationToken);
        if (!found.TryGetValue(fromId, out var from) || !from.Labels.Contains(spec.FromLabel))
        {
            throw RequestException.NotFound(spec.FromArgument, $"no {spec.FromNoun} '{fromId}'");
        }

        var toLabel = found.TryGetValue(toId, out var to) ? spec.Targets.Keys.FirstOrDefault(to.Labels.Contains) : null;
        if (toLabel is null)
        {
            throw RequestException.NotFound(spec.ToArgument, $"no {ReferenceRules.Or(spec.Targets.Values)} '{toId}'");
        }

        if (to!.StudyId != from.StudyId)
        {
            throw RequestException.Invalid(
                spec.ToArgument, $"{spec.Targets[toLabel]} '{toId}' belongs to study '{to.StudyId}', the {spec.FromNoun} to study '{from.StudyId}'");
        }

        return await store.ConnectAsync<T>(spec.Type, from.StudyId, fromId, toId, toLabel, connect, cancellationToken)
            ?? throw RequestException.NotFound(spec.FromArgument, $"no {spec.FromNoun} '{fromId}'");
    }

    private async Task RequireStudyAsync(string studyId, string path, CancellationToken cancellationToken)
    {
        if (!await store.StudyExistsAsync(studyId, cancellationToken))
        {
            throw RequestException.NotFound(path, $"no study '{studyId}'");
        }
    }

    /// <summary>The node was there when the checks looked and gone when the write came (deleted in between).</summary>
    private static RequestException Gone(EntitySpec spec, string id) => RequestException.NotFound("id", $"no {spec.Noun} '{id}'");

    private T Written<T>(EntitySpec<T> spec, string what, T record)
    {
        logger.LogInformation("{Kind} {What} through the API", spec.Name, what);
        return record;
    }
}

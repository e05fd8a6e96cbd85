using System.Text.Json;
using RealistGraph.Application.Access;
using RealistGraph.Application.Studies;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Domain.Errors;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Access;
using RealistGraph.Neo4j.Backup;
using RealistGraph.Neo4j.Changes;
using RealistGraph.Neo4j.Maintenance;
using RealistGraph.Neo4j.Suggestions;

namespace RealistGraph.Application.Backup;

/// <summary>
/// The whole graph to a folder and back: every study as its YAML document (<c>studies/ID.yaml</c>, through the
/// export and import every user has; cross-study links travel in the documents), the key records (hashes only,
/// <c>keys.json</c>), the change log (<c>changes.json</c>), the rejected link suggestions (<c>rejections.json</c>) and
/// <c>manifest.json</c> with the counts.
/// A restore needs an empty graph (or <c>force</c>, which empties it first, in the same transaction). It checks every
/// file before it writes, and writes in one transaction: a bad backup or a failure half-way changes nothing.
/// </summary>
public sealed class BackupService(
    StudyExportService exporter, BackupStore store, GraphRestorer restorer, ApiKeyStore keys, ApiKeyService keyChecks, ChangeLog changes, SuggestionStore suggestions,
    GraphMaintenance graph)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<BackupManifest> BackupAsync(string folder, CancellationToken cancellationToken = default)
    {
        var studyFolder = Path.Combine(folder, "studies");
        Directory.CreateDirectory(studyFolder);
        var ids = await store.StudyIdsAsync(cancellationToken);
        foreach (var id in ids)
        {
            await exporter.ExportToFileAsync(id, StudyFileFormat.Yaml, Path.Combine(studyFolder, id + ".yaml"), cancellationToken);
        }

        var keyRecords = await keys.AllAsync(cancellationToken);
        var log = await changes.AllAsync(cancellationToken);
        await WriteAsync(Path.Combine(folder, "keys.json"), keyRecords, cancellationToken);
        await WriteAsync(Path.Combine(folder, "changes.json"), log, cancellationToken);
        var rejections = await suggestions.AllRejectionsAsync(cancellationToken);
        await WriteAsync(Path.Combine(folder, "rejections.json"), rejections, cancellationToken);
        var manifest = new BackupManifest(1, DateTimeOffset.UtcNow.ToString("O"), ids, keyRecords.Count, log.Count, rejections.Count);
        await WriteAsync(Path.Combine(folder, "manifest.json"), manifest, cancellationToken);
        return manifest;
    }

    /// <summary>
    /// Reads and checks every file of the backup first (a bad or truncated one changes nothing), then writes it all in
    /// one transaction (<see cref="GraphRestorer"/>): a restore that fails half-way leaves the graph as it was. When the
    /// answer to its commit is lost, the graph is read back: written, the result says so; not written or unknown, a
    /// <c>Neo4jCommitUnknownException</c> says which.
    /// </summary>
    public async Task<RestoreResult> RestoreAsync(string folder, bool force, CancellationToken cancellationToken = default)
    {
        var manifest = await ReadAsync<BackupManifest>(folder, "manifest.json", cancellationToken);
        var keyRecords = await ReadAsync<List<StoredApiKey>>(folder, "keys.json", cancellationToken);
        var log = await ReadAsync<List<Change>>(folder, "changes.json", cancellationToken);
        // Backups written before rejections were kept have no rejections.json (and none in their manifest).
        var rejections = manifest.Rejections == 0 && !File.Exists(Path.Combine(folder, "rejections.json"))
            ? []
            : await ReadAsync<List<SuggestionRejection>>(folder, "rejections.json", cancellationToken);
        if (manifest.Studies is null || keyRecords.Count != manifest.Keys || log.Count != manifest.Changes || rejections.Count != manifest.Rejections)
        {
            throw RequestException.Invalid("backup",
                $"{folder} does not match its manifest.json ({manifest.Keys} keys, {manifest.Changes} change log entries and "
                + $"{manifest.Rejections} rejected suggestions listed, {keyRecords.Count}, {log.Count} and {rejections.Count} found): "
                + "the backup is incomplete; nothing was restored");
        }

        var graphs = new List<StudyGraph>();
        foreach (var id in manifest.Studies)
        {
            graphs.Add(await ReadStudyAsync(folder, id, cancellationToken));
        }

        await RequireEmptyAsync(force, cancellationToken);
        var outcome = await restorer.RestoreAsync(graphs, keyRecords, log, rejections, emptyFirst: force, cancellationToken);
        keyChecks.ForgetCachedChecks();
        return new RestoreResult(manifest, outcome.CommitAnswerLost);
    }

    private static async Task<StudyGraph> ReadStudyAsync(string folder, string id, CancellationToken cancellationToken)
    {
        var file = Path.Combine(folder, "studies", id + ".yaml");
        if (!File.Exists(file))
        {
            throw RequestException.Invalid("backup", $"{file} is listed in the manifest but missing; nothing was restored");
        }

        StudyFile study;
        try
        {
            study = await StudyFileReader.ReadAsync(file, cancellationToken: cancellationToken);
        }
        catch (StudyDocumentException ex)
        {
            throw RequestException.Invalid("backup", $"{file} is not a valid study document ({ex.Message}); nothing was restored");
        }

        var graph = StudyDocumentMapper.ToGraph(study.Document);
        return graph.Study.Id == id
            ? graph
            : throw RequestException.Invalid("backup", $"{file} holds study '{graph.Study.Id}', not '{id}'; nothing was restored");
    }

    private async Task RequireEmptyAsync(bool force, CancellationToken cancellationToken)
    {
        if (force)
        {
            return; // emptied inside the restore's transaction
        }

        var held = (Studies: await graph.CountStudiesAsync(cancellationToken), Keys: (await keys.AllAsync(cancellationToken)).Count,
            Changes: (await changes.AllAsync(cancellationToken)).Count);
        if (held.Studies + held.Keys + held.Changes > 0)
        {
            throw RequestException.Conflict("graph",
                $"it holds {held.Studies} studies, {held.Keys} keys and {held.Changes} change log entries; a restore needs an empty graph (--force empties it first)");
        }
    }

    private static async Task WriteAsync<T>(string path, T value, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, value, Json, cancellationToken);
    }

    private static async Task<T> ReadAsync<T>(string folder, string name, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            throw RequestException.Invalid("backup", $"{path} is missing: is {folder} a folder written by 'realist backup'?");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
                ?? throw RequestException.Invalid("backup", $"{path} is empty");
        }
        catch (JsonException ex)
        {
            throw RequestException.Invalid("backup", $"{path} is not a backup file: {ex.Message}");
        }
    }
}

/// <summary>A restore written: what the backup held, and whether Neo4j's answer to the commit was lost (and the graph read back holds it).</summary>
public sealed record RestoreResult(BackupManifest Manifest, bool CommitAnswerLost);

/// <summary>What a backup holds: the studies (by id) and how many key records, change log entries and rejected suggestions.</summary>
public sealed record BackupManifest(int Version, string CreatedAt, IReadOnlyList<string> Studies, int Keys, int Changes, int Rejections = 0);

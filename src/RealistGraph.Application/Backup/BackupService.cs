using System.Text.Json;
using RealistGraph.Application.Access;
using RealistGraph.Application.Studies;
using RealistGraph.Domain.Errors;
using RealistGraph.Neo4j.Access;
using RealistGraph.Neo4j.Backup;
using RealistGraph.Neo4j.Changes;
using RealistGraph.Neo4j.Maintenance;

namespace RealistGraph.Application.Backup;

/// <summary>
/// The whole graph to a folder and back: every study as its YAML document (<c>studies/ID.yaml</c>, through the
/// export and import every user has; cross-study links travel in the documents), the key records (hashes only,
/// <c>keys.json</c>), the change log (<c>changes.json</c>) and <c>manifest.json</c> with the counts.
/// A restore needs an empty graph (or <c>force</c>, which empties it first). It is not one transaction: a restore
/// that fails half-way says so, and is run again with force.
/// </summary>
public sealed class BackupService(
    StudyImportService studies, StudyExportService exporter, BackupStore store, ApiKeyStore keys, ApiKeyService keyChecks, ChangeLog changes, GraphMaintenance graph)
{
    private const string Actor = "restore";
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
        var manifest = new BackupManifest(1, DateTimeOffset.UtcNow.ToString("O"), ids, keyRecords.Count, log.Count);
        await WriteAsync(Path.Combine(folder, "manifest.json"), manifest, cancellationToken);
        return manifest;
    }

    public async Task<BackupManifest> RestoreAsync(string folder, bool force, CancellationToken cancellationToken = default)
    {
        var manifest = await ReadAsync<BackupManifest>(folder, "manifest.json", cancellationToken);
        var keyRecords = await ReadAsync<List<StoredApiKey>>(folder, "keys.json", cancellationToken);
        var log = await ReadAsync<List<Change>>(folder, "changes.json", cancellationToken);
        var files = manifest.Studies.Select(id => Path.Combine(folder, "studies", id + ".yaml")).ToList();
        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            throw RequestException.Invalid("backup", $"{missing} is listed in the manifest but missing");
        }

        await RequireEmptyAsync(force, cancellationToken);
        using (ChangeActor.Begin(Actor))
        {
            // Links to a study not imported yet are dropped on the first pass; the second re-imports those studies.
            var again = new List<string>();
            foreach (var (id, file) in manifest.Studies.Zip(files))
            {
                if ((await studies.ImportFileAsync(file, cancellationToken: cancellationToken)).DroppedLinks.Count > 0)
                {
                    again.Add(id);
                }
            }

            foreach (var id in again)
            {
                await store.ForgetContentHashAsync(id, cancellationToken);
                await studies.ImportFileAsync(Path.Combine(folder, "studies", id + ".yaml"), cancellationToken: cancellationToken);
            }
        }

        await keys.RestoreAsync(keyRecords, cancellationToken);
        keyChecks.ForgetCachedChecks();
        await changes.RestoreAsync(log, cancellationToken);
        await store.DropChangesExceptAsync(log.Select(c => c.Id).ToList(), cancellationToken);
        return manifest;
    }

    private async Task RequireEmptyAsync(bool force, CancellationToken cancellationToken)
    {
        if (force)
        {
            await graph.ClearAsync(cancellationToken);
            return;
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

/// <summary>What a backup holds: the studies (by id) and how many key records and change log entries.</summary>
public sealed record BackupManifest(int Version, string CreatedAt, IReadOnlyList<string> Studies, int Keys, int Changes);

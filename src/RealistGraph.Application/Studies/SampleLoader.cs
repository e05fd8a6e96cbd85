using Microsoft.Extensions.Logging;
using RealistGraph.Neo4j.Maintenance;

namespace RealistGraph.Application.Studies;

/// <summary>Loads the bundled sample studies into a graph that holds no study yet.</summary>
public sealed class SampleLoader(GraphMaintenance graph, StudyImportService importer, SampleSettings settings, ILogger<SampleLoader> logger)
{
    public async Task<int> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (!settings.LoadSamples)
        {
            return 0;
        }

        var count = await graph.CountStudiesAsync(cancellationToken);
        if (count > 0)
        {
            logger.LogInformation("The graph holds {Count} studies; samples not loaded", count);
            return 0;
        }

        var files = settings.SampleFiles();
        foreach (var file in files)
        {
            var outcome = await importer.ImportFileAsync(file, cancellationToken: cancellationToken);
            logger.LogInformation("Sample {File}: {Outcome}", Path.GetFileName(file), outcome.Describe());
        }

        return files.Count;
    }
}

/// <summary>Whether to load samples, and from where.</summary>
public sealed class SampleSettings(bool loadSamples, string? samplesPath, string contentRoot)
{
    public bool LoadSamples => loadSamples;

    public IReadOnlyList<string> SampleFiles()
    {
        var folder = samplesPath ?? FindUpwards(contentRoot, "samples")
            ?? throw new DirectoryNotFoundException($"No samples/ folder above {contentRoot}; set Realist:SamplesPath.");
        return Directory.GetFiles(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string? FindUpwards(string start, string name)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Studies;

namespace RealistGraph.Cli.Commands;

/// <summary><c>export --study ID [--format yaml|json] [--out FILE]</c>: one stored study as a document.</summary>
public static class ExportCommand
{
    public static readonly string[] Options = ["--study", "--format", "--out"];

    public static async Task<int> RunAsync(CommandLine line, CliConsole console, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (line.Positionals.Count > 0)
        {
            throw new UsageException($"export takes no file arguments ('{line.Positionals[0]}'); use --out FILE");
        }

        var studyId = line.Option("--study") is { Length: > 0 } id ? id : throw new UsageException("export: --study ID is required");
        var output = line.Option("--out");
        var format = FormatOf(line.Option("--format"), output);
        var route = StudyFileRoutes.ForExport(format);
        if (route == StudyFileRoute.NotSupported)
        {
            throw new UsageException(StudyFileRoutes.NotSupportedMessage(format, "export"));
        }

        var exporter = services.GetRequiredService<StudyImportService>();
        if (output is not null)
        {
            return await ExportToFileAsync(exporter, studyId, format, output, console, cancellationToken);
        }

        if (route == StudyFileRoute.QdaFile)
        {
            throw new UsageException($"export: .{format.ToString().ToLowerInvariant()} is a binary format; name the file with --out");
        }

        var text = await exporter.ExportTextAsync(studyId, format, cancellationToken);
        if (text is null)
        {
            return await NoSuchStudyAsync(console, studyId);
        }

        await console.Out.WriteAsync(text);
        await console.Out.FlushAsync(cancellationToken);
        return ExitCodes.Ok;
    }

    /// <summary>Any format into a file, with a progress line on a terminal (standard output is free then).</summary>
    private static async Task<int> ExportToFileAsync(
        StudyImportService exporter, string studyId, StudyFileFormat format, string output, CliConsole console, CancellationToken cancellationToken)
    {
        await using var progress = Progress.Start(console, $"exporting {studyId} to {output}");
        if (!await exporter.ExportToFileAsync(studyId, format, output, cancellationToken))
        {
            progress.Complete($"{studyId}: not exported", console.Error);
            return await NoSuchStudyAsync(console, studyId);
        }

        progress.Complete($"{studyId}: written to {output} ({progress.Elapsed.TotalSeconds:0.0} s)", console.Error);
        return ExitCodes.Ok;
    }

    private static async Task<int> NoSuchStudyAsync(CliConsole console, string studyId)
    {
        await console.Error.WriteLineAsync($"realist-cli: there is no study '{studyId}' in the graph");
        return ExitCodes.Invalid;
    }

    /// <summary>--format when given, else the extension of --out, else YAML.</summary>
    private static StudyFileFormat FormatOf(string? name, string? output)
    {
        try
        {
            return name is not null ? StudyFileFormats.Parse(name)
                : output is not null ? StudyFileRoutes.FormatOf(output)
                : StudyFileFormat.Yaml;
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }
    }
}

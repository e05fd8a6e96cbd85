using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Studies;

namespace RealistGraph.Cli.Commands;

/// <summary><c>export --study ID [--format yaml|json|qdpx|qdc] [--out FILE]</c>: one stored study as a file.</summary>
public static class ExportCommand
{
    public static Command Create(CliConsole console, CliHost host)
    {
        var study = new Option<string>("--study")
        {
            Description = "The id of the stored study.",
            HelpName = "ID",
            Required = true,
        };
        var format = new Option<string?>("--format")
        {
            Description = "The format; by default the extension of --out, else yaml. qdpx and qdc need --out.",
        };
        format.AcceptOnlyFromAmong("yaml", "yml", "json", "qdpx", "qdc");
        var output = new Option<string?>("--out")
        {
            Description = "The file to write (standard output without it); a .qdpx gets {name}.mapping.yaml beside it.",
            HelpName = "FILE",
        };
        var command = new Command("export", "Write one stored study out.") { study, format, output };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetRequiredValue(study), parsed.GetValue(format), parsed.GetValue(output), console, host, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string studyId, string? formatName, string? output, CliConsole console, CliHost host, CancellationToken cancellationToken)
    {
        if (studyId.Length == 0)
        {
            throw new UsageException("export: --study ID is required");
        }

        var format = FormatOf(formatName, output);
        var route = StudyFileRoutes.ForExport(format);
        if (route == StudyFileRoute.NotSupported)
        {
            throw new UsageException(StudyFileRoutes.NotSupportedMessage(format, "export"));
        }

        if (output is null && route == StudyFileRoute.QdaFile)
        {
            throw new UsageException($"export: .{format.ToString().ToLowerInvariant()} is a binary format; name the file with --out");
        }

        var exporter = (await host.GraphAsync(cancellationToken)).GetRequiredService<StudyExportService>();
        if (output is not null)
        {
            return await ExportToFileAsync(exporter, studyId, format, output, console, cancellationToken);
        }

        if (!await exporter.ExportToWriterAsync(studyId, format, console.Out, cancellationToken))
        {
            return await NoSuchStudyAsync(console, studyId);
        }

        await console.Out.FlushAsync(cancellationToken);
        return ExitCodes.Ok;
    }

    /// <summary>Any format into a file, with a progress line on a terminal (standard output is free then).</summary>
    private static async Task<int> ExportToFileAsync(
        StudyExportService exporter, string studyId, StudyFileFormat format, string output, CliConsole console, CancellationToken cancellationToken)
    {
        await using var progress = Progress.Start(console, $"exporting {studyId} to {output}");
        if (await exporter.ExportToFileAsync(studyId, format, output, cancellationToken) is not { } report)
        {
            progress.Complete($"{studyId}: not exported", console.Error);
            return await NoSuchStudyAsync(console, studyId);
        }

        progress.Complete($"{studyId}: written to {output} ({progress.Elapsed.TotalSeconds:0.0} s)", console.Error);
        foreach (var line in report)
        {
            await console.Error.WriteLineAsync($"  {line}");
        }

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

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
        switch (StudyFileRoutes.ForExport(format))
        {
            case StudyFileRoute.NotSupported:
                throw new UsageException(StudyFileRoutes.NotSupportedMessage(format, "export"));
            case StudyFileRoute.QdaFile:
                return await ExportQdaAsync(studyId, format, output ?? throw new UsageException($"export: .{format.ToString().ToLowerInvariant()} is a binary format; name the file with --out"), console, services, cancellationToken);
        }

        var text = await services.GetRequiredService<StudyImportService>().ExportTextAsync(studyId, format, cancellationToken);
        if (text is null)
        {
            await console.Error.WriteLineAsync($"realist-cli: there is no study '{studyId}' in the graph");
            return ExitCodes.Invalid;
        }

        if (output is null)
        {
            await console.Out.WriteAsync(text);
            await console.Out.FlushAsync(cancellationToken);
        }
        else
        {
            await File.WriteAllTextAsync(output, text, cancellationToken);
            await console.Error.WriteLineAsync($"{studyId}: written to {output}");
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> ExportQdaAsync(
        string studyId, StudyFileFormat format, string output, CliConsole console, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!await services.GetRequiredService<StudyImportService>().ExportToFileAsync(studyId, format, output, cancellationToken))
        {
            await console.Error.WriteLineAsync($"realist-cli: there is no study '{studyId}' in the graph");
            return ExitCodes.Invalid;
        }

        await console.Error.WriteLineAsync($"{studyId}: written to {output}");
        return ExitCodes.Ok;
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

using RealistGraph.Application.Studies;

namespace RealistGraph.Cli.Commands;

/// <summary>What <c>import --dry-run</c> prints for one file: the study, the readable report, and what each code became.</summary>
public static class DryRunReport
{
    public static async Task WriteAsync(TextWriter output, string path, StudyImportReport report)
    {
        await output.WriteLineAsync($"{path}: study '{report.StudyId}' (dry run, nothing written)");
        foreach (var line in report.Lines)
        {
            await output.WriteLineAsync($"  {line}");
        }

        if (report.Codes.Count > 0)
        {
            await output.WriteLineAsync($"  codes ({report.Codes.Count}):");
            foreach (var code in report.Codes)
            {
                await output.WriteLineAsync($"    {code.Path} → {code.Became}");
            }
        }
    }
}

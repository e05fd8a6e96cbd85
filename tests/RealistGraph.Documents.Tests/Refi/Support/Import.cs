using RealistGraph.Documents.Refi;

namespace RealistGraph.Documents.Tests.Refi.Support;

public static class Import
{
    public static Task<RefiImportResult> QdpxAsync(byte[] archive, RefiMapping? mapping = null, RefiLimits? limits = null) =>
        new RefiProjectImporter(new RefiImportOptions { Mapping = mapping ?? new RefiMapping(), Limits = limits ?? RefiLimits.Default })
            .ImportAsync(new MemoryStream(archive), "test.qdpx");

    public static Task<RefiImportResult> QdeAsync(string projectXml, RefiMapping? mapping = null, params (string Path, string Content)[] files) =>
        QdpxAsync(Zip.Of([("project.qde", projectXml), .. files]), mapping);

    public static bool HasSkip(this ImportReport report, string element, string reasonPart) =>
        report.Skipped.Any(i => i.Element == element && i.Reason.Contains(reasonPart, StringComparison.OrdinalIgnoreCase));

    public static bool HasWarning(this ImportReport report, string element, string reasonPart) =>
        report.Warnings.Any(i => i.Element == element && i.Reason.Contains(reasonPart, StringComparison.OrdinalIgnoreCase));
}

using System.IO.Compression;
using System.Xml;
using RealistGraph.Cli;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Cli;

/// <summary>
/// Issue 11: the CLI's memory does not grow with a document beyond the document itself. Each run gets a managed heap
/// capped at a small multiple of the file's size plus a constant (<c>DOTNET_GCHeapHardLimit</c>); a CLI that again
/// held the file several times over (as one text, as a list of records, as a JSON copy to check characters, as every
/// row of the import at once...) runs out of it and fails. The cap is on live objects, not on what the machine
/// happens to collect, so the bound holds on a loaded machine. The small and the large file face the same formula.
/// </summary>
public sealed class CliMemoryIT(RealistGraphFixture fixture) : GraphTest(fixture), IDisposable
{
    /// <summary>
    /// Heap allowed per byte of the file. Before issue 11 a 15 MB CSV of 50,000 rows needed more than 256 MB to be
    /// validated and more than 134 MB to be imported; now 64 MB and 80 MB.
    /// </summary>
    private const long PerByte = 6;

    /// <summary>
    /// Heap allowed per byte a REFI-QDA project holds uncompressed (its project.qde and its transcripts): a .qdpx is a
    /// zip, so its own size says little. Before it was streamed, validating 50,000 coded selections (34 MB unzipped)
    /// needed a heap of 228 MB and 100,000 needed 436 MB, the project.qde held as bytes and as a tree; now 73 MB and 138 MB.
    /// (Writing such a project to Neo4j needs more, about 240 MB at 50,000: docs/engineering-notes.md, "The CLI's memory".)
    /// </summary>
    private const long PerUnzippedByte = 3;

    /// <summary>
    /// Heap allowed per byte of a stored study's YAML document when it is exported as a REFI-QDA project. Reading the
    /// study back from the graph is most of it (at 20,000 quotes, a 6.3 MB document, export now runs in a heap of 110 MB
    /// but not 100 MB); before the project was streamed into the archive it needed more than 140 MB (170 MB ran).
    /// </summary>
    private const long PerDocumentByteOnExport = 15;

    /// <summary>What the runtime, the command line and the connection need whatever the file.</summary>
    private const long Constant = 32L * 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("realist-memory-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("validate", 5_000)]
    [InlineData("validate", 50_000)]
    [InlineData("import --dry-run", 50_000)]
    public async Task Reading_coded_excerpts_needs_a_heap_of_a_few_times_the_file(string command, int rows)
    {
        var csv = Path.Combine(_folder, $"excerpts-{rows}.csv");
        await LargeStudyFiles.WriteCsvAsync(csv, rows);

        var run = await RunCappedAsync(csv, [.. command.Split(' '), csv]);

        Assert.Contains(command == "validate" ? "valid (study" : $"{rows} quotes", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_a_study_document_needs_a_heap_of_a_few_times_the_file()
    {
        var yaml = Path.Combine(_folder, "generated-50000.yaml");
        await LargeStudyFiles.WriteYamlAsync(yaml, 50_000);

        var run = await RunCappedAsync(yaml, "validate", yaml);

        Assert.Contains("valid (study generated-50000)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_coded_excerpts_into_neo4j_needs_a_heap_of_a_few_times_the_file()
    {
        var csv = Path.Combine(_folder, "excerpts-50000.csv");
        await LargeStudyFiles.WriteCsvAsync(csv, 50_000);

        var run = await RunCappedAsync(csv, "import", csv);

        Assert.Contains("excerpts-50000: created", run.Output, StringComparison.Ordinal);
        var quotes = await Fixture.DataAsync("""{ quotes { totalCount } }""");
        Assert.Equal(50_000, quotes.GetProperty("quotes").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("validate", 50_000)]
    [InlineData("import --dry-run", 100_000)]
    public async Task Reading_a_qda_project_needs_a_heap_of_a_few_times_what_it_holds(string command, int selections)
    {
        var qdpx = Path.Combine(_folder, $"project-{selections}.qdpx");
        var unzipped = await LargeQdpxFiles.WriteAsync(qdpx, selections);

        var run = await RunCappedAsync(qdpx, (PerUnzippedByte * unzipped) + Constant, [.. command.Split(' '), qdpx]);

        Assert.Contains(command == "validate" ? $"valid (study generated-project-{selections})" : $"{selections} quotes", run.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Exporting holds the study (read from the graph) and little else: project.qde, the transcripts and the embedded
    /// study.yaml are written into the archive as they are made. Before, the XML tree, its bytes, the YAML text and the
    /// zip were all held whole at once.
    /// </summary>
    [Fact]
    public async Task Exporting_a_qda_project_needs_a_heap_of_a_few_times_the_study_document()
    {
        var yaml = Path.Combine(_folder, "exported-20000.yaml");
        await LargeStudyFiles.WriteYamlAsync(yaml, 20_000);
        var import = await CliProcess.RunAsync(Environment.GetEnvironmentVariable("NEO4J_URL")!, "import", yaml);
        Assert.True(import.ExitCode == ExitCodes.Ok, import.Output);
        var qdpx = Path.Combine(_folder, "exported.qdpx");

        await RunCappedAsync(yaml, (PerDocumentByteOnExport * new FileInfo(yaml).Length) + Constant, "export", "--study", "exported-20000", "--format", "qdpx", "--out", qdpx);

        using var archive = ZipFile.OpenRead(qdpx);
        Assert.Equal(20_000, SelectionsIn(archive.GetEntry("project.qde")!));
        Assert.Equal(500, archive.Entries.Count(e => e.FullName.StartsWith("sources/", StringComparison.Ordinal)));
    }

    private static int SelectionsIn(ZipArchiveEntry project)
    {
        using var reader = XmlReader.Create(project.Open());
        var count = 0;
        while (reader.Read())
        {
            count += reader.NodeType == XmlNodeType.Element && reader.LocalName == "PlainTextSelection" ? 1 : 0;
        }

        return count;
    }

    private static Task<CliProcess.Run> RunCappedAsync(string file, params string[] args) =>
        RunCappedAsync(file, (PerByte * new FileInfo(file).Length) + Constant, args);

    private static async Task<CliProcess.Run> RunCappedAsync(string file, long cap, params string[] args)
    {
        var run = await CliProcess.RunAsync(
            Environment.GetEnvironmentVariable("NEO4J_URL")!,
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = $"0x{cap:X}" },
            args);
        Assert.True(
            run.ExitCode == ExitCodes.Ok,
            $"realist-cli {string.Join(' ', args)} with a heap of {cap / (1024 * 1024)} MB for a file of {new FileInfo(file).Length / (1024 * 1024)} MB "
            + $"exited {run.ExitCode} (134: out of memory):\n{run.Output}");
        return run;
    }
}

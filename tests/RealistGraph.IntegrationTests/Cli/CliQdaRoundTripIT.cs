using System.IO.Compression;
using System.Text;
using RealistGraph.Cli;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Cli;

/// <summary>QDA round trips through the CLI and the real Neo4j: nothing lost, GUIDs kept, dry runs write nothing.</summary>
public sealed class CliQdaRoundTripIT(RealistGraphFixture fixture) : GraphTest(fixture), IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("realist-qda-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Project = """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="Vendor Project" origin="NVivo">
          <Users><User guid="0A0A0A0A-0000-4000-8000-000000000001" name="Researcher"/></Users>
          <CodeBook><Codes>
            <Code guid="1A000000-0000-4000-8000-000000000001" name="Personal" isCodable="true" color="#FF0000">
              <Code guid="1A000000-0000-4000-8000-000000000002" name="Imposter feelings" isCodable="true" color="#00FF00"/>
            </Code>
          </Codes></CodeBook>
          <Cases><Case guid="3A000000-0000-4000-8000-000000000001" name="P1"><SourceRef targetGUID="4A000000-0000-4000-8000-000000000001"/></Case></Cases>
          <Sources>
            <TextSource guid="4A000000-0000-4000-8000-000000000001" name="Interview P1" plainTextPath="internal://p1.txt">
              <PlainTextSelection guid="5A000000-0000-4000-8000-000000000001" startPosition="0" endPosition="22">
                <Coding guid="6A000000-0000-4000-8000-000000000001"><CodeRef targetGUID="1A000000-0000-4000-8000-000000000002"/></Coding>
              </PlainTextSelection>
            </TextSource>
          </Sources>
        </Project>
        """;

    [Theory]
    [InlineData("brooks-2023-bsme")]
    [InlineData("c-change-2024")]
    public async Task A_sample_exported_to_qdpx_and_imported_back_is_the_same_study_in_the_graph(string studyId)
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        await Fixture.ImportAsync(RepositoryPaths.SecondSample);
        var before = await CliRun.RunAsync("export", "--study", studyId);
        var qdpx = Path.Combine(_folder, studyId + ".qdpx");

        var export = await CliRun.RunAsync("export", "--study", studyId, "--out", qdpx);
        await Fixture.ClearGraphAsync();
        if (studyId != "brooks-2023-bsme")
        {
            await Fixture.ImportAsync(RepositoryPaths.Seed);
        }

        var import = await CliRun.RunAsync("import", qdpx);
        var after = await CliRun.RunAsync("export", "--study", studyId);

        Assert.Equal(ExitCodes.Ok, export.ExitCode);
        Assert.Contains("kept only in realistgraph/study.yaml", export.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, import.ExitCode);
        Assert.Contains("restored whole", import.Out, StringComparison.Ordinal);
        Assert.Equal(before.Out, after.Out);
        Assert.Contains("cmoConfigurations:", after.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vendor_projects_GUIDs_colours_and_users_survive_the_graph_into_the_export()
    {
        var source = WriteArchive("vendor.qdpx");
        var qdpx = Path.Combine(_folder, "back.qdpx");

        var import = await CliRun.RunAsync("import", source);
        var export = await CliRun.RunAsync("export", "--study", "vendor-project", "--out", qdpx);

        Assert.Equal(ExitCodes.Ok, import.ExitCode);
        Assert.Equal(ExitCodes.Ok, export.ExitCode);
        var xml = ReadEntry(qdpx, "project.qde");
        foreach (var guid in new[] { "1a000000-0000-4000-8000-000000000001", "1a000000-0000-4000-8000-000000000002", "3a000000-0000-4000-8000-000000000001",
                     "4a000000-0000-4000-8000-000000000001", "5a000000-0000-4000-8000-000000000001", "0a0a0a0a-0000-4000-8000-000000000001" })
        {
            Assert.Contains($"guid=\"{guid}\"", xml, StringComparison.Ordinal);
        }

        Assert.Contains("color=\"#00FF00\"", xml, StringComparison.Ordinal);
        Assert.Contains("name=\"Interview P1\"", xml, StringComparison.Ordinal);
        Assert.Contains("name=\"Personal\" isCodable=\"true\"", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nvivo")]
    [InlineData("nvivo-deep")]
    [InlineData("atlas-ti")]
    [InlineData("maxqda")]
    [InlineData("qualcoder")]
    public async Task A_vendor_project_through_the_graph_exports_a_qdpx_that_imports_back_the_same_study(string vendor)
    {
        var fixture = Path.Combine(_folder, vendor + ".qdpx");
        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "qda", vendor + ".qdpx"), fixture);
        var mapping = Path.Combine(RepositoryPaths.Fixtures, "qda", vendor + ".mapping.yaml");
        var import = File.Exists(mapping)
            ? await CliRun.RunAsync("import", "--mapping", mapping, fixture)
            : await CliRun.RunAsync("import", fixture);
        Assert.Equal(ExitCodes.Ok, import.ExitCode);
        Assert.Contains("imported: ", import.Out, StringComparison.Ordinal);
        var studyId = import.Out.Split(": ", 3)[1];
        var before = await CliRun.RunAsync("export", "--study", studyId);
        var qdpx = Path.Combine(_folder, "back.qdpx");

        var export = await CliRun.RunAsync("export", "--study", studyId, "--out", qdpx);
        await Fixture.ClearGraphAsync();
        var again = await CliRun.RunAsync("import", qdpx);
        var after = await CliRun.RunAsync("export", "--study", studyId);

        Assert.Equal(ExitCodes.Ok, export.ExitCode);
        Assert.Equal(ExitCodes.Ok, again.ExitCode);
        Assert.Equal(before.Out, after.Out);
        Assert.Contains("qda:", after.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_prints_what_each_code_became_and_writes_nothing()
    {
        var source = WriteArchive("vendor.qdpx");

        var run = await CliRun.RunAsync("import", "--dry-run", source);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("dry run, nothing written", run.Out, StringComparison.Ordinal);
        Assert.Contains("Personal/Imposter feelings → a theme 'imposter-feelings'", run.Out, StringComparison.Ordinal);
        Assert.Contains("Personal → a domain 'personal'", run.Out, StringComparison.Ordinal);
        Assert.Contains("imported: 1 domain, 1 theme, 1 participant, 1 quote", run.Out, StringComparison.Ordinal);
        var data = await Fixture.DataAsync("{ studies { totalCount } }");
        Assert.Equal(0, data.GetProperty("studies").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Mapping_keys_that_match_no_code_are_warnings_and_with_strict_errors_that_stop_the_import()
    {
        var source = WriteArchive("vendor.qdpx");
        var mapping = Path.Combine(_folder, "typo.yaml");
        await File.WriteAllTextAsync(mapping, "polarity:\n  Imposter feelngs: threat\ncanonical:\n  Persnal: personal\n");

        var lenient = await CliRun.RunAsync("import", "--dry-run", "--mapping", mapping, source);
        var strict = await CliRun.RunAsync("import", "--strict", "--mapping", mapping, source);

        Assert.Equal(ExitCodes.Ok, lenient.ExitCode);
        Assert.Contains("polarity: gives a polarity, but no code", lenient.Out, StringComparison.Ordinal);
        Assert.Contains("canonical: gives a canonical domain, but no code", lenient.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Invalid, strict.ExitCode);
        Assert.Contains("Imposter feelngs", strict.Error, StringComparison.Ordinal);
        var data = await Fixture.DataAsync("{ studies { totalCount } }");
        Assert.Equal(0, data.GetProperty("studies").GetProperty("totalCount").GetInt32());
    }

    private string WriteArchive(string name)
    {
        var path = Path.Combine(_folder, name);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Write(zip, "project.qde", Project);
            Write(zip, "Sources/p1.txt", "I felt like an imposter and then less so.");
        }

        return path;
    }

    private static void Write(ZipArchive zip, string entry, string text)
    {
        using var stream = zip.CreateEntry(entry).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static string ReadEntry(string archive, string entry)
    {
        using var zip = ZipFile.OpenRead(archive);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}

using RealistGraph.Cli;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Cli;

/// <summary>The REFI-QDA bridge end to end: the seed out of the graph as .qdpx/.qdc and back in.</summary>
public sealed class CliRefiQdaIT(RealistGraphFixture fixture) : GraphTest(fixture), IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("realist-refi-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Counts = """
        { study(id: "brooks-2023-bsme") { domains { name themes { name polarity quotes { text participant { label } } } } participants { label } } }
        """;

    /// <summary>The study's domains, themes and quotes; quotes sorted, since REFI-QDA keeps them in source order.</summary>
    private async Task<string> ContentAsync()
    {
        var study = (await Fixture.DataAsync(Counts)).GetProperty("study");
        var themes = study.GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("themes").EnumerateArray().Select(t =>
            $"{d.GetProperty("name")}/{t.GetProperty("name")}/{t.GetProperty("polarity")}: " + string.Join(" | ",
                t.GetProperty("quotes").EnumerateArray().Select(q => $"{q.GetProperty("participant").GetProperty("label")} {q.GetProperty("text")}").Order(StringComparer.Ordinal))));
        var participants = study.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("label").GetString()).Order(StringComparer.Ordinal);
        return string.Join("\n", themes) + "\n" + string.Join(",", participants);
    }

    [Fact]
    public async Task A_qdpx_export_imports_into_an_empty_graph_with_its_domains_themes_quotes_and_participants()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = await ContentAsync();
        var qdpx = Path.Combine(_folder, "seed.qdpx");

        var export = await CliRun.RunAsync("export", "--study", "brooks-2023-bsme", "--out", qdpx);
        await Fixture.ClearGraphAsync();
        var import = await CliRun.RunAsync("import", qdpx);

        Assert.Equal(ExitCodes.Ok, export.ExitCode);
        Assert.True(File.Exists(Path.Combine(_folder, "seed.mapping.yaml")));
        Assert.Equal(ExitCodes.Ok, import.ExitCode);
        Assert.Contains("brooks-2023-bsme: created", import.Out, StringComparison.Ordinal);
        Assert.Equal(before, await ContentAsync());
    }

    [Fact]
    public async Task A_codebook_export_imports_as_a_study_of_domains_and_themes_without_quotes()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var qdc = Path.Combine(_folder, "seed.qdc");

        var export = await CliRun.RunAsync("export", "--study", "brooks-2023-bsme", "--out", qdc);
        await Fixture.ClearGraphAsync();
        var import = await CliRun.RunAsync("import", qdc);

        Assert.Equal(ExitCodes.Ok, export.ExitCode);
        Assert.Equal(ExitCodes.Ok, import.ExitCode);
        var data = await Fixture.DataAsync("{ themes(first: 50) { totalCount nodes { polarity } } quotes { totalCount } cogModel { unit } }");
        Assert.Equal(10, data.GetProperty("themes").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("quotes").GetProperty("totalCount").GetInt32());
        Assert.Equal("THEMES", data.GetProperty("cogModel").GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Coded_excerpts_from_a_spreadsheet_import_as_quotes_of_their_participants()
    {
        var csv = Path.Combine(_folder, "excerpts.csv");
        await File.WriteAllTextAsync(csv, """
            participant,excerpt,codes
            P1,"I found my people at the teaching academy, finally.",Social > Community
            P2,"Nobody told me this career existed.",Structural > Unclear paths
            P1,"The promotion committee counts grants, not teaching.",Structural > Unclear paths
            """);
        await File.WriteAllTextAsync(Path.Combine(_folder, "excerpts.mapping.yaml"), """
            studyId: spreadsheet-study
            studyTitle: Excerpts from a spreadsheet
            polarity: { Community: support, Unclear paths: threat }
            """);

        var import = await CliRun.RunAsync("import", csv);

        Assert.Equal(ExitCodes.Ok, import.ExitCode);
        var data = await Fixture.DataAsync("""
            { cogModel(studyIds: ["spreadsheet-study"]) { cogs { domain { name } supports threats } }
              quotes(where: {studyId: "spreadsheet-study", participantLabel: "P1"}) { totalCount } }
            """);
        Assert.Equal(2, data.GetProperty("quotes").GetProperty("totalCount").GetInt32());
        var cogs = data.GetProperty("cogModel").GetProperty("cogs").EnumerateArray().ToDictionary(c => c.GetProperty("domain").GetProperty("name").GetString()!);
        Assert.Equal(1, cogs["Social"].GetProperty("supports").GetInt32());
        Assert.Equal(2, cogs["Structural"].GetProperty("threats").GetInt32());
    }

    [Fact]
    public async Task A_corrupt_archive_is_refused_with_its_name_and_the_graph_is_unchanged()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = await Fixture.Exporter.ExportTextAsync("brooks-2023-bsme", Application.Studies.StudyFileFormat.Yaml);
        var corrupt = Path.Combine(_folder, "corrupt.qdpx");
        await File.WriteAllBytesAsync(corrupt, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0xFF, 0xFF, 0x00]);

        var import = await CliRun.RunAsync("import", corrupt);

        Assert.Equal(ExitCodes.Invalid, import.ExitCode);
        Assert.Contains("corrupt.qdpx", import.Error, StringComparison.Ordinal);
        Assert.Equal(before, await Fixture.Exporter.ExportTextAsync("brooks-2023-bsme", Application.Studies.StudyFileFormat.Yaml));
        Assert.Equal(1, (await Fixture.DataAsync("{ studies { totalCount } }")).GetProperty("studies").GetProperty("totalCount").GetInt32());
    }
}

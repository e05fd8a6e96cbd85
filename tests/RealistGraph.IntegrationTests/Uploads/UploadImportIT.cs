using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using RealistGraph.Application.Studies;
using RealistGraph.IntegrationTests.Infrastructure;
using static RealistGraph.IntegrationTests.Uploads.UploadClient;

namespace RealistGraph.IntegrationTests.Uploads;

/// <summary>
/// importStudy and validateStudy over HTTP with every format the command line imports, as multipart uploads and in
/// base64, against the real service and Neo4j: what is imported is there, and every refusal names what is wrong and
/// leaves the graph exactly as it was.
/// </summary>
public sealed class UploadImportIT(RealistGraphFixture fixture) : GraphTest(fixture), IDisposable
{
    private const string Seed = "brooks-2023-bsme";
    private const string Excerpts = """
        participant,excerpt,codes
        P1,"I found my people at the teaching academy, finally.",Social > Community
        P2,"Nobody told me this career existed.",Structural > Unclear paths
        """;
    private const string ExcerptsMapping = """
        studyId: spreadsheet-study
        studyTitle: Excerpts from a spreadsheet
        polarity: { Community: support, Unclear paths: threat }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("realist-upload-it-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Everything a failed import could have touched: the studies, their contents, and the seed's change log.</summary>
    private async Task<string> GraphStateAsync()
    {
        var data = await Fixture.DataAsync($$"""
            { studies(first: 20) { nodes { id title } } themes(first: 100) { totalCount } quotes { totalCount }
              changes(studyId: "{{Seed}}", first: 100) { totalCount } }
            """);
        return data.ToString() + (await Fixture.Exporter.ExportTextAsync(Seed, StudyFileFormat.Yaml));
    }

    [Fact]
    public async Task A_study_document_uploaded_as_a_file_is_created_and_listed()
    {
        var (status, body) = await UploadAsync(Fixture.Http, ImportMutation, "brooks.yaml", await File.ReadAllBytesAsync(RepositoryPaths.Seed));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Seed, body.GetProperty("data").GetProperty("importStudy").GetProperty("studyId").GetString());
        Assert.Equal("CREATED", body.GetProperty("data").GetProperty("importStudy").GetProperty("change").GetString());
        var data = await Fixture.DataAsync("{ studies { nodes { id } } quotes { totalCount } }");
        Assert.Equal(Seed, data.GetProperty("studies").GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal(61, data.GetProperty("quotes").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_qdpx_project_with_its_mapping_file_round_trips_through_an_upload()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var qdpx = Path.Combine(_folder, "seed.qdpx");
        Assert.NotNull(await Fixture.Exporter.ExportToFileAsync(Seed, StudyFileFormat.Qdpx, qdpx));
        var before = await ThemesAsync();
        await Fixture.ClearGraphAsync();

        var (status, body) = await UploadAsync(Fixture.Http, ImportMutation, "seed.qdpx", await File.ReadAllBytesAsync(qdpx),
            await File.ReadAllBytesAsync(Path.Combine(_folder, "seed.mapping.yaml")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Seed, body.GetProperty("data").GetProperty("importStudy").GetProperty("studyId").GetString());
        Assert.Equal(before, await ThemesAsync());
    }

    [Fact]
    public async Task Coded_excerpts_in_base64_with_a_base64_mapping_become_quotes_of_the_mapped_study()
    {
        var body = await Base64Async(Fixture.Http, ImportMutation, "excerpts.csv", Encoding.UTF8.GetBytes(Excerpts), Encoding.UTF8.GetBytes(ExcerptsMapping));

        Assert.Equal("spreadsheet-study", body.GetProperty("data").GetProperty("importStudy").GetProperty("studyId").GetString());
        var data = await Fixture.DataAsync("""{ study(id: "spreadsheet-study") { title quotes { participant { label } } themes { name polarity } } }""");
        Assert.Equal("Excerpts from a spreadsheet", data.GetProperty("study").GetProperty("title").GetString());
        Assert.Equal(2, data.GetProperty("study").GetProperty("quotes").GetArrayLength());
        Assert.Contains("THREAT", data.GetProperty("study").GetProperty("themes").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_codebook_uploaded_as_a_file_imports_its_themes()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var qdc = Path.Combine(_folder, "seed.qdc");
        Assert.NotNull(await Fixture.Exporter.ExportToFileAsync(Seed, StudyFileFormat.Qdc, qdc));
        await Fixture.ClearGraphAsync();

        var (status, body) = await UploadAsync(Fixture.Http, ImportMutation, "seed.qdc", await File.ReadAllBytesAsync(qdc));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("CREATED", body.GetProperty("data").GetProperty("importStudy").GetProperty("change").GetString());
        var data = await Fixture.DataAsync("{ themes(first: 50) { totalCount } }");
        Assert.Equal(10, data.GetProperty("themes").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Validating_a_broken_document_lists_its_problems_with_their_places_and_writes_nothing()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = await GraphStateAsync();

        var (status, body) = await UploadAsync(Fixture.Http, ValidateMutation, "broken.yaml",
            await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Fixtures, "broken-dangling.yaml")));

        Assert.Equal(HttpStatusCode.OK, status);
        var validation = body.GetProperty("data").GetProperty("validateStudy");
        Assert.False(validation.GetProperty("valid").GetBoolean());
        var problems = validation.GetProperty("problems").EnumerateArray().ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("path").GetString()), p.ToString()));
        Assert.Equal(before, await GraphStateAsync());
    }

    [Fact]
    public async Task Validating_a_good_document_says_what_it_holds_and_which_stored_study_it_would_replace()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = await GraphStateAsync();

        var body = await Base64Async(Fixture.Http, ValidateMutation, "seed.yaml", await File.ReadAllBytesAsync(RepositoryPaths.Seed));

        var validation = body.GetProperty("data").GetProperty("validateStudy");
        Assert.True(validation.GetProperty("valid").GetBoolean(), validation.ToString());
        Assert.Equal(Seed, validation.GetProperty("studyId").GetString());
        Assert.Equal(Seed, validation.GetProperty("storedStudy").GetProperty("id").GetString());
        Assert.Contains("10 themes", validation.GetProperty("contents").GetString(), StringComparison.Ordinal);
        Assert.Contains("61 quotes", validation.GetProperty("contents").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await GraphStateAsync());
    }

    [Fact]
    public async Task A_broken_replacement_of_a_stored_study_is_refused_with_its_problems_and_changes_nothing()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = await GraphStateAsync();
        var broken = (await File.ReadAllTextAsync(RepositoryPaths.Seed)).Replace("domain: structural", "domain: no-such-domain", StringComparison.Ordinal);

        var (_, body) = await UploadAsync(Fixture.Http, ImportMutation, "brooks.yaml", Encoding.UTF8.GetBytes(broken));

        Assert.Equal("VALIDATION", Code(body));
        Assert.Contains("no-such-domain", Message(body), StringComparison.Ordinal);
        Assert.Contains("brooks.yaml", Message(body), StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp", Message(body), StringComparison.Ordinal);
        Assert.Equal(before, await GraphStateAsync());
    }

    public static TheoryData<string, string> BadArchives => new()
    {
        { "not-a-zip", "not a readable zip archive" },
        { "traversal", "unsafe path" },
        { "bomb", "more than the limit of" },
        { "no-project", "no project.qde in the archive" },
    };

    [Theory]
    [MemberData(nameof(BadArchives))]
    public async Task A_bad_archive_is_refused_naming_what_is_wrong_and_changes_nothing(string kind, string expected)
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = await GraphStateAsync();

        var (status, body) = await UploadAsync(Fixture.Http, ImportMutation, $"{kind}.qdpx", BadArchive(kind));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("VALIDATION", Code(body));
        Assert.Contains(expected, Message(body), StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{kind}.qdpx", Message(body), StringComparison.Ordinal);
        Assert.Equal(before, await GraphStateAsync());
    }

    [Fact]
    public async Task A_codebook_with_an_external_entity_is_refused_and_changes_nothing()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = await GraphStateAsync();
        var xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE CodeBook [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="a" name="&secret;" isCodable="true"/></Codes></CodeBook>
            """;

        var body = await Base64Async(Fixture.Http, ImportMutation, "xxe.qdc", Encoding.UTF8.GetBytes(xxe));

        Assert.Equal("VALIDATION", Code(body));
        Assert.Contains("DTD", Message(body), StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await GraphStateAsync());
    }

    [Fact]
    public async Task A_file_larger_than_the_document_limit_is_refused_with_413_naming_the_limit_and_changes_nothing()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        var before = await GraphStateAsync();
        var huge = new byte[(64 * 1024 * 1024) + 1];

        var (status, body) = await UploadAsync(Fixture.Http, ImportMutation, "huge.yaml", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("LIMIT_EXCEEDED", Code(body));
        Assert.Contains("huge.yaml", Message(body), StringComparison.Ordinal);
        Assert.Contains("64 MB", Message(body), StringComparison.Ordinal);
        Assert.Equal("REALIST_MAX_DOCUMENT_MB", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("limit").GetProperty("name").GetString());
        Assert.Equal(before, await GraphStateAsync());
    }

    [Fact]
    public async Task Refusals_of_the_request_itself_name_the_part_at_fault()
    {
        var seed = await File.ReadAllBytesAsync(RepositoryPaths.Seed);
        var operations = JsonSerializer.Serialize(new { query = ImportMutation, variables = new { file = new { name = "s.yaml", content = (string?)null } } });

        var unmapped = await PostAsync(Fixture.Http, operations, """{"0": ["variables.file.content"]}""", [new("0", "s.yaml", seed), new("x", "x.yaml", seed)]);
        var missing = await PostAsync(Fixture.Http, operations, """{"0": ["variables.file.content"], "1": ["variables.file.mapping"]}""", [new("0", "s.yaml", seed)]);
        var badPath = await PostAsync(Fixture.Http, operations, """{"0": ["file.content"]}""", [new("0", "s.yaml", seed)]);
        var batch = await PostAsync(Fixture.Http, "[" + operations + "]", """{"0": ["0.variables.file.content"]}""", [new("0", "s.yaml", seed)]);
        var noPreflight = await PostAsync(Fixture.Http, operations, """{"0": ["variables.file.content"]}""", [new("0", "s.yaml", seed)], preflight: false);

        Assert.Equal((HttpStatusCode.BadRequest, "BAD_REQUEST"), (unmapped.Status, Code(unmapped.Body)));
        Assert.Contains("'x' is not named in the map", Message(unmapped.Body), StringComparison.Ordinal);
        Assert.Contains("'1'", Message(missing.Body), StringComparison.Ordinal);
        Assert.Contains("'file.content' is not a path into the variables", Message(badPath.Body), StringComparison.Ordinal);
        Assert.Contains("one operation per request", Message(batch.Body), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, noPreflight.Status);
        Assert.Contains("GraphQL-Require-Preflight", Message(noPreflight.Body), StringComparison.Ordinal);
        Assert.Equal(0, (await Fixture.DataAsync("{ studies { totalCount } }")).GetProperty("studies").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Bad_arguments_are_refused_naming_the_field()
    {
        var seed = await File.ReadAllBytesAsync(RepositoryPaths.Seed);

        var notBase64 = await Fixture.GraphQLAsync(ImportMutation, new { file = new { name = "s.yaml", contentBase64 = "not base64!" } });
        var noContent = await Fixture.GraphQLAsync(ImportMutation, new { file = new { name = "s.yaml" } });
        var wrongExtension = await Base64Async(Fixture.Http, ImportMutation, "study.docx", seed);
        var both = await Fixture.GraphQLAsync("mutation($file: StudyFileInput!) { importStudy(document: \"id: x\", file: $file) { studyId } }",
            new { file = new { name = "s.yaml", contentBase64 = Convert.ToBase64String(seed) } });

        Assert.Contains("importStudy.file.contentBase64: not base64", Message(notBase64), StringComparison.Ordinal);
        Assert.Contains("has no content", Message(noContent), StringComparison.Ordinal);
        Assert.Contains("'study.docx' is not a study file", Message(wrongExtension), StringComparison.Ordinal);
        Assert.Contains("not both", Message(both), StringComparison.Ordinal);
        Assert.All(new[] { notBase64, noContent, wrongExtension, both }, b => Assert.Equal("VALIDATION", Code(b)));
        Assert.Equal(0, (await Fixture.DataAsync("{ studies { totalCount } }")).GetProperty("studies").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_upload_without_an_editor_key_is_refused_and_writes_nothing()
    {
        using var anonymous = Fixture.ClientWith(null);

        var (_, body) = await UploadAsync(anonymous, ImportMutation, "brooks.yaml", await File.ReadAllBytesAsync(RepositoryPaths.Seed));

        Assert.Equal("UNAUTHENTICATED", Code(body));
        Assert.Equal(0, (await Fixture.DataAsync("{ studies { totalCount } }")).GetProperty("studies").GetProperty("totalCount").GetInt32());
    }

    /// <summary>The seed's themes with their quotes, sorted: REFI-QDA keeps quotes in source order.</summary>
    private async Task<string> ThemesAsync()
    {
        var themes = (await Fixture.DataAsync($$"""{ study(id: "{{Seed}}") { themes { name polarity quotes { text } } } }""")).GetProperty("study").GetProperty("themes");
        return string.Join("\n", themes.EnumerateArray()
            .Select(t => $"{t.GetProperty("name")} {t.GetProperty("polarity")}: " + string.Join(" | ",
                t.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("text").GetString()).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal));
    }

    private static byte[] BadArchive(string kind)
    {
        if (kind == "not-a-zip")
        {
            return Encoding.UTF8.GetBytes("this is plain text with a .qdpx name");
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            switch (kind)
            {
                case "traversal":
                    Write(zip, "../../etc/evil.txt", "x"u8.ToArray());
                    Write(zip, "project.qde", "<Project/>"u8.ToArray());
                    break;
                case "bomb":
                    Write(zip, "project.qde", new byte[101 * 1024 * 1024]);
                    break;
                default:
                    Write(zip, "notes.txt", "no project here"u8.ToArray());
                    break;
            }
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, byte[] bytes)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        stream.Write(bytes);
    }
}

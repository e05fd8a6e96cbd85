using System.Text;
using RealistGraph.Documents.Refi;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi;

public class RefiGuardTests
{
    private static readonly string _minimal = Qde.Project("""<CodeBook><Codes><Code guid="11111111-1111-1111-1111-111111111111" name="A" isCodable="true"/></Codes></CodeBook>""");

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("sources/../../evil.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/evil.txt")]
    [InlineData("..\\evil.txt")]
    public async Task Entry_with_path_traversal_or_absolute_path_rejects_the_archive(string path)
    {
        var archive = Zip.Of(("project.qde", _minimal), (path, "x"));

        var error = await Assert.ThrowsAsync<RefiImportException>(() => Import.QdpxAsync(archive));

        Assert.Contains("unsafe path", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task Too_many_entries_are_refused()
    {
        var entries = Enumerable.Range(0, 6).Select(i => ($"sources/{i}.txt", "x")).Prepend(("project.qde", _minimal)).ToArray();

        var error = await Assert.ThrowsAsync<RefiImportException>(() => Import.QdpxAsync(Zip.Of(entries), limits: new RefiLimits { MaxEntries = 5 }));

        Assert.Contains("more than the limit of 5", error.Message);
    }

    [Fact]
    public async Task Entry_larger_than_the_per_entry_limit_is_refused()
    {
        var archive = Zip.Of(("project.qde", _minimal), ("sources/big.txt", new string('a', 5000)));

        var error = await Assert.ThrowsAsync<RefiImportException>(() => Import.QdpxAsync(archive, limits: new RefiLimits { MaxEntryUncompressedBytes = 4000 }));

        Assert.Contains("sources/big.txt", error.Message);
        Assert.Contains("per entry", error.Message);
    }

    [Fact]
    public async Task Archive_larger_than_the_total_limit_is_refused()
    {
        // Highly compressible: a few hundred bytes zipped, 30 kB unzipped, like a (tiny) zip bomb.
        var archive = Zip.Of(("project.qde", _minimal), ("a.txt", new string('a', 15000)), ("b.txt", new string('b', 15000)));
        Assert.True(archive.Length < 2000);

        var error = await Assert.ThrowsAsync<RefiImportException>(() => Import.QdpxAsync(archive, limits: new RefiLimits { MaxTotalUncompressedBytes = 20000 }));

        Assert.Contains("total limit", error.Message);
    }

    [Fact]
    public void Default_limits_are_sensible()
    {
        Assert.Equal(200L * 1024 * 1024, RefiLimits.Default.MaxTotalUncompressedBytes);
        Assert.True(RefiLimits.Default.MaxEntryUncompressedBytes <= RefiLimits.Default.MaxTotalUncompressedBytes);
        Assert.True(RefiLimits.Default.MaxEntries >= 1000);
    }

    [Fact]
    public async Task Corrupt_zip_gives_a_clear_error_naming_the_file()
    {
        var error = await Assert.ThrowsAsync<RefiImportException>(() => Import.QdpxAsync(Encoding.UTF8.GetBytes("this is not a zip file at all")));

        Assert.StartsWith("test.qdpx: not a readable zip archive", error.Message);
    }

    [Fact]
    public async Task Truncated_zip_gives_a_clear_error()
    {
        var archive = Zip.Of(("project.qde", _minimal));

        var error = await Assert.ThrowsAsync<RefiImportException>(() => Import.QdpxAsync(archive[..(archive.Length / 2)]));

        Assert.Contains("test.qdpx", error.Message);
    }

    [Fact]
    public async Task Corrupt_entry_data_gives_a_clear_error_naming_the_entry()
    {
        var archive = Zip.Of(("project.qde", _minimal + new string(' ', 2000)));
        // Flip bytes in the middle of the deflated data; the central directory stays intact.
        for (var i = 60; i < 90; i++)
        {
            archive[i] ^= 0xFF;
        }

        var error = await Assert.ThrowsAsync<RefiImportException>(() => Import.QdpxAsync(archive));

        Assert.Contains("test.qdpx", error.Message);
    }

    [Fact]
    public async Task Archive_without_project_qde_is_refused()
    {
        var error = await Assert.ThrowsAsync<RefiImportException>(() => Import.QdpxAsync(Zip.Of(("sources/a.txt", "x"))));

        Assert.Contains("no project.qde", error.Message);
    }

    [Fact]
    public async Task Malformed_xml_names_the_file_line_and_position()
    {
        var xml = "<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\">\n  <CodeBook>\n    <Codes>\n  </CodeBook>\n</Project>";

        var error = await Assert.ThrowsAsync<RefiImportException>(() => Import.QdeAsync(xml));

        Assert.StartsWith("test.qdpx/project.qde: malformed XML at line 5, position", error.Message);
    }

    [Fact]
    public async Task Xxe_payload_is_refused_with_a_clear_error_and_the_file_is_not_read()
    {
        var secret = Path.GetTempFileName();
        await File.WriteAllTextAsync(secret, "TOP-SECRET");
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE Project [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
            <Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>
            """;
        try
        {
            var error = await Assert.ThrowsAsync<RefiImportException>(() => Import.QdeAsync(xml));

            Assert.Contains("project.qde", error.Message);
            Assert.Contains("DTD", error.Message);
            Assert.Contains("external entities", error.Message);
            Assert.DoesNotContain("TOP-SECRET", error.Message);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task Billion_laughs_is_refused()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <Project xmlns="urn:QDA-XML:project:1.0" name="&lol2;"/>
            """;

        await Assert.ThrowsAsync<RefiImportException>(() => Import.QdeAsync(xml));
    }

    [Fact]
    public async Task Import_can_be_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new RefiProjectImporter().ImportAsync(new MemoryStream(Zip.Of(("project.qde", _minimal))), "test.qdpx", cancelled.Token));
    }

    [Fact]
    public async Task Project_qde_with_another_root_is_refused()
    {
        var error = await Assert.ThrowsAsync<RefiImportException>(() => Import.QdeAsync("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>"));

        Assert.Contains("not <Project>", error.Message);
    }

    [Fact]
    public async Task Malformed_codebook_names_the_file_and_line()
    {
        var qdc = Encoding.UTF8.GetBytes("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n<Code guid=\"x\" name=\"a\" isCodable=\"true\">\n</Codes></CodeBook>");

        var error = await Assert.ThrowsAsync<RefiImportException>(() => new RefiCodebookImporter().ImportAsync(new MemoryStream(qdc), "book.qdc"));

        Assert.StartsWith("book.qdc: malformed XML at line 4", error.Message);
    }
}

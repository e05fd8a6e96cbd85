using System.IO.Compression;
using System.Runtime.CompilerServices;
using RealistGraph.Documents.Tests.Refi.Fixtures;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi;

/// <summary>
/// The vendor-shaped projects are also committed as files under tests/fixtures/qda (for the CLI tests and for trying
/// by hand), generated from the fixture classes: run with <c>REALIST_WRITE_QDA_FIXTURES=1</c> to write them again.
/// Each file must hold exactly what its generator makes.
/// </summary>
public class QdaFixtureFileTests
{
    private static readonly DateTimeOffset _entryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Names() => ["nvivo", "nvivo-deep", "atlas-ti", "maxqda", "qualcoder"];

    private static (byte[] Archive, string? Mapping) Generate(string name) => name switch
    {
        "nvivo" => (NvivoFixture.Archive(), null),
        "nvivo-deep" => (DeepNvivoFixture.Archive(), null),
        "atlas-ti" => (AtlasTiFixture.Archive(), AtlasTiFixture.Mapping),
        "maxqda" => (MaxqdaFixture.Archive(), null),
        _ => (QualCoderFixture.Archive(), QualCoderFixture.Mapping),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_committed_file_holds_what_its_generator_makes(string name)
    {
        var (archive, mapping) = Generate(name);
        var path = Path.Combine(Folder(), name + ".qdpx");
        if (Environment.GetEnvironmentVariable("REALIST_WRITE_QDA_FIXTURES") == "1")
        {
            await File.WriteAllBytesAsync(path, Stable(archive));
            if (mapping is not null)
            {
                await File.WriteAllTextAsync(Path.ChangeExtension(path, ".mapping.yaml"), mapping);
            }
        }

        var committed = Zip.Read(await File.ReadAllBytesAsync(path));
        var generated = Zip.Read(archive);
        Assert.Equal(generated.Keys.Order(StringComparer.Ordinal), committed.Keys.Order(StringComparer.Ordinal));
        Assert.All(generated, e => Assert.Equal(e.Value, committed[e.Key]));
        Assert.Equal(mapping is not null, File.Exists(Path.ChangeExtension(path, ".mapping.yaml")));
    }

    /// <summary>The same entries with a fixed time, so that generating again gives the same bytes.</summary>
    private static byte[] Stable(byte[] archive)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in Zip.Read(archive))
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = _entryTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static string Folder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "fixtures", "qda"));
}

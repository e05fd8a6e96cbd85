using System.Text;
using RealistGraph.Documents.Refi;

namespace RealistGraph.Documents.Tests.Refi;

public class RefiCodebookImporterTests
{
    private const string Qdc = """
        <?xml version="1.0" encoding="utf-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA 2022">
          <Codes>
            <Code guid="{A0000000-0000-0000-0000-000000000001}" name="Structural" isCodable="false">
              <Description>Organisation and system</Description>
              <Code guid="{A0000000-0000-0000-0000-000000000002}" name="Workload" isCodable="true">
                <Description>Hours, rotas</Description>
                <Code guid="{A0000000-0000-0000-0000-000000000003}" name="Night shifts" isCodable="true"/>
              </Code>
            </Code>
            <Code guid="{A0000000-0000-0000-0000-000000000004}" name="Mechanisms" isCodable="false">
              <Code guid="{A0000000-0000-0000-0000-000000000005}" name="Feeling valued" isCodable="true"/>
            </Code>
          </Codes>
          <Sets>
            <Set guid="{A0000000-0000-0000-0000-000000000010}" name="Polarity: threat"><MemberCode guid="{a0000000-0000-0000-0000-000000000002}"/></Set>
            <Set guid="{A0000000-0000-0000-0000-000000000011}" name="Favourites"><MemberCode guid="{A0000000-0000-0000-0000-000000000003}"/></Set>
          </Sets>
        </CodeBook>
        """;

    [Fact]
    public async Task Codebook_imports_hierarchy_descriptions_roles_and_polarity_sets()
    {
        var options = new RefiImportOptions { Mapping = RefiMapping.Parse("mechanisms: [Mechanisms]\npolarity: { Night shifts: threat }") };

        var result = await new RefiCodebookImporter(options).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Qdc)), "maxqda-codes.qdc");
        var doc = result.Document;

        Assert.Equal(("maxqda-codes", "maxqda-codes"), (doc.Id, doc.Title));
        var domain = Assert.Single(doc.Domains);
        Assert.Equal(("structural", "Organisation and system"), (domain.Id, domain.Description));
        Assert.Equal(["workload|structural|threat||Hours, rotas", "night-shifts|structural|threat|workload|"],
            doc.Themes.Select(t => $"{t.Id}|{t.Domain}|{t.Polarity}|{t.Parent}|{t.Summary}"));
        Assert.Equal("Feeling valued", Assert.Single(doc.Mechanisms).Name);
        Assert.Contains(result.Report.Skipped, i => i.Element == "Set" && i.Reference == "Favourites");
        Assert.Contains(result.Report.Skipped, i => i.Element == "Code" && i.Reference == "Mechanisms");
        Assert.DoesNotContain(result.Report.Warnings, w => w.Reason.Contains("polarity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_project_file_is_not_a_codebook()
    {
        var project = Encoding.UTF8.GetBytes("""<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>""");

        var error = await Assert.ThrowsAsync<RefiImportException>(() => new RefiCodebookImporter().ImportAsync(new MemoryStream(project), "x.qdc"));

        Assert.Contains("not <CodeBook>", error.Message);
    }
}

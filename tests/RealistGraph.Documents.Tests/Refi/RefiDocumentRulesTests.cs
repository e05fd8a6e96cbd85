using RealistGraph.Documents.Csv;
using RealistGraph.Documents.Refi;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Documents.Tests.Refi.Fixtures;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi;

public class RefiDocumentRulesTests
{
    public static TheoryData<string> Fixtures => ["nvivo", "atlas", "maxqda", "qualcoder", "sample"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Imported_documents_meet_the_study_document_rules(string fixture)
    {
        var result = fixture switch
        {
            "nvivo" => await Import.QdpxAsync(NvivoFixture.Archive()),
            "atlas" => await Import.QdpxAsync(AtlasTiFixture.Archive(), AtlasTiFixture.ParsedMapping()),
            "maxqda" => await Import.QdpxAsync(MaxqdaFixture.Archive()),
            "qualcoder" => await Import.QdpxAsync(QualCoderFixture.Archive(), QualCoderFixture.ParsedMapping()),
            _ => await Import.QdpxAsync(await ExportAsync(SampleStudy.Build())),
        };

        Assert.Empty(DocumentRules.Problems(result.Document));
    }

    [Fact]
    public async Task Ids_are_unique_across_kinds_and_lower_case()
    {
        // A domain, a theme, a case and a selection all called "Social"/"social".
        var xml = Qde.Project("""
            <CodeBook><Codes><Code guid="11111111-0000-0000-0000-000000000001" name="Social" isCodable="false">
              <Code guid="11111111-0000-0000-0000-000000000002" name="Social" isCodable="true"/></Code></Codes></CodeBook>
            <Cases><Case guid="11111111-0000-0000-0000-000000000003" name="social"><SourceRef targetGUID="11111111-0000-0000-0000-000000000004"/></Case></Cases>
            <Sources><TextSource guid="11111111-0000-0000-0000-000000000004"><PlainTextContent>Some text</PlainTextContent>
              <PlainTextSelection guid="11111111-0000-0000-0000-000000000005" name="social" startPosition="0" endPosition="4">
                <Coding guid="11111111-0000-0000-0000-000000000006"><CodeRef targetGUID="11111111-0000-0000-0000-000000000002"/></Coding></PlainTextSelection>
              <PlainTextSelection guid="11111111-0000-0000-0000-000000000007" name="Quote One" startPosition="5" endPosition="9">
                <Coding guid="11111111-0000-0000-0000-000000000008"><CodeRef targetGUID="11111111-0000-0000-0000-000000000002"/></Coding></PlainTextSelection>
            </TextSource></Sources>
            """);

        var doc = (await Import.QdeAsync(xml)).Document;

        Assert.Equal(["social", "social-2", "social-3", "social-4", "q2"],
            doc.Domains.Select(d => d.Id).Concat(doc.Themes.Select(t => t.Id)).Concat(doc.Participants.Select(p => p.Id)).Concat(doc.Quotes.Select(q => q.Id)));
        Assert.Empty(DocumentRules.Problems(doc));
    }

    [Fact]
    public async Task Csv_import_meets_the_study_document_rules()
    {
        var result = await new CodedExcerptCsvReader().ReadAsync(new StringReader("participant,excerpt,codes\nQ1,a,Q1 > q1\nq1,b,q1\n"));

        Assert.Empty(DocumentRules.Problems(result.Document));
    }

    private static async Task<byte[]> ExportAsync(StudyDocument document)
    {
        using var output = new MemoryStream();
        await RefiProjectExporter.ExportAsync(document, output);
        return output.ToArray();
    }
}
